import {readFileSync} from 'node:fs';
import ts from 'typescript';

/** A prop of a component, as its source declares it. */
export interface PropSpec {
  name: string;
  required: boolean;
  /** A quoted value (alt="…") fits it; otherwise MDX must pass an expression (svg={Diagram}). */
  acceptsString: boolean;
}

function acceptsString(type: ts.TypeNode | undefined): boolean {
  if (!type) return true;
  if (type.kind === ts.SyntaxKind.StringKeyword) return true;
  if (ts.isLiteralTypeNode(type)) return ts.isStringLiteral(type.literal);
  if (ts.isUnionTypeNode(type)) return type.types.some(acceptsString);
  if (ts.isParenthesizedTypeNode(type)) return acceptsString(type.type);
  return false;
}

function membersOf(type: ts.TypeNode, file: ts.SourceFile): readonly ts.TypeElement[] | undefined {
  if (ts.isTypeLiteralNode(type)) return type.members;
  if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return undefined;
  const name = type.typeName.text;
  for (const statement of file.statements) {
    if (ts.isInterfaceDeclaration(statement) && statement.name.text === name && !statement.heritageClauses) {
      return statement.members;
    }
    if (ts.isTypeAliasDeclaration(statement) && statement.name.text === name) return membersOf(statement.type, file);
  }
  return undefined;
}

function defaultExport(file: ts.SourceFile): ts.SignatureDeclaration | undefined {
  const local = (name: string) =>
    file.statements.flatMap((statement): ts.SignatureDeclaration[] => {
      if (ts.isFunctionDeclaration(statement) && statement.name?.text === name) return [statement];
      if (!ts.isVariableStatement(statement)) return [];
      return statement.declarationList.declarations.flatMap((d) =>
        ts.isIdentifier(d.name) && d.name.text === name && d.initializer && ts.isArrowFunction(d.initializer)
          ? [d.initializer]
          : [],
      );
    })[0];
  for (const statement of file.statements) {
    const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
    const isDefault = modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if (ts.isFunctionDeclaration(statement) && isDefault) return statement;
    if (ts.isExportAssignment(statement) && ts.isIdentifier(statement.expression)) {
      return local(statement.expression.text);
    }
  }
  return undefined;
}

/**
 * The props of a component's default export, read from its source: the
 * declared type of its first parameter (a type literal, or an interface or
 * type alias in the same file). `undefined` when the source says it some
 * other way; tests/unit/docs.test.ts makes sure every component in
 * src/components can be read, so no page's props go unchecked.
 */
export function componentProps(path: string): PropSpec[] | undefined {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const component = defaultExport(file);
  if (!component) return undefined;
  const [param] = component.parameters;
  if (!param) return [];
  if (!param.type) return undefined;
  const members = membersOf(param.type, file);
  return members?.flatMap((member) =>
    ts.isPropertySignature(member) && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))
      ? [{name: member.name.text, required: !member.questionToken, acceptsString: acceptsString(member.type)}]
      : [],
  );
}

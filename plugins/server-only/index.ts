import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * Modules the static HTML is rendered from that the browser must not load
 * with the page. The client build gets ./nothing.ts in their place, whose
 * default export is undefined, and the component that imports one loads what
 * it needs later, with import(). The server build is untouched, so the HTML
 * has the whole content.
 */
export const SERVER_ONLY_MODULES = ['src/components/ConfigKeysTable/serverTable.ts'];

export default function serverOnly(context: LoadContext): Plugin {
  const nothing = path.join(context.siteDir, 'plugins/server-only/nothing.ts');
  return {
    name: 'server-only',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      const alias = Object.fromEntries(
        SERVER_ONLY_MODULES.flatMap((file) => {
          const full = path.join(context.siteDir, file);
          // Imported without its extension, the request the resolver aliases has none either.
          return [full, full.replace(/\.ts$/, '')].map((request) => [request, nothing] as const);
        }),
      );
      return {resolve: {alias}};
    },
  };
}

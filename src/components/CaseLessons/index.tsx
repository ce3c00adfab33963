import {findCase} from '@site/src/data/cases';

/** The hub's take-aways for one company case, from src/data/cases.ts. */
export default function CaseLessons({id}: {id: string}) {
  return (
    <ul>
      {findCase(id).lessons.map((lesson) => (
        <li key={lesson}>{lesson}</li>
      ))}
    </ul>
  );
}

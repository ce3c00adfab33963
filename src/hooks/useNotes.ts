import {usePluginData} from '@docusaurus/useGlobalData';
import type {Group} from '@site/src/data/taxonomy';

/**
 * A note as the rest of the site needs it: published by plugins/notes from
 * the docs themselves. Global data ships in main.js on every page, so it
 * holds only what other pages show (no descriptions: they are long, and the
 * docs plugin already carries them for the sidebar and category pages).
 */
export interface NoteSummary {
  /** Site path without the base URL, e.g. /docs/blogs/state-backends. */
  path: string;
  title: string;
  group: Group;
}

export interface NotesData {
  notes: NoteSummary[];
}

export function useNotes(): NoteSummary[] {
  return (usePluginData('hub-notes') as NotesData).notes;
}

/**
 * The title of the note at a path (an anchor after # is ignored). The unit
 * tests make sure every path the data files give is a note, so the path
 * itself is shown only while a contributor's new reference is still wrong.
 */
export function useNoteTitle(): (path: string) => string {
  const notes = useNotes();
  return (path) => notes.find((note) => note.path === path.split('#')[0])?.title ?? path;
}

import type {ConfigKeyTable} from './model';
import {configKeyTable} from './rows';

/**
 * The table the static HTML is rendered from. The client build replaces this
 * module with one whose default export is undefined (plugins/server-only):
 * the page keeps the server's HTML and loads rows.ts, with the data behind
 * it, only when it must render the table itself (see index.tsx).
 */
const table: ConfigKeyTable | undefined = configKeyTable();
export default table;

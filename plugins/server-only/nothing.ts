// What the browser gets instead of a server-only module (see ./index.ts).
export default undefined;

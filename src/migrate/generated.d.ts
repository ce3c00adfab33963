// Written at build time by plugins/migrate-worker (createData): the worker's whole script as text.
declare module '@generated/migrate-worker/default/worker-source.js' {
  const source: string;
  export default source;
}

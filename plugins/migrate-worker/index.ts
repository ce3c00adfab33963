import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {build} from 'esbuild';

/** The worker's entry point and the files its bundle is made of (watched by `npm start`). */
export const WORKER_ENTRY = 'src/migrate/worker.ts';
const WORKER_INPUTS = ['src/migrate/**/*.ts', 'src/data/**/*.ts'];

/**
 * The migration checker's worker (src/migrate/worker.ts and everything it
 * imports: the engine, its data, the yaml library) as one self-contained
 * script, returned as text.
 *
 * Why a second bundler for one file: the page must start the worker from
 * the offline build too, which is read from disk, and browsers refuse a
 * worker whose script is a file: URL (Chromium: "cannot be accessed from
 * origin 'null'"; importScripts() of a file: URL from a Blob worker fails
 * too). So the page starts it from a Blob URL made of this text, which
 * needs the whole worker in one string. The bundler's own
 * `new Worker(new URL(…))` emits a chunk that is loaded by URL, and its
 * chunks load with importScripts. esbuild is already in the tree (tsx and
 * vite run on it) and bundles this in well under a second.
 */
export async function bundleWorker(siteDir: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(siteDir, WORKER_ENTRY)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // The syntax the site's own bundle targets (browserslist: > 0.5 %, not dead).
    target: 'es2020',
    minify: true,
    // Chinese messages stay UTF-8 rather than \uXXXX, as in the site's JS (plugins/utf8-js).
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * Publishes the worker's script as a module whose default export is its
 * text: `@generated/migrate-worker/default/worker-source.js`. Only the
 * /migrate page imports it, and only when the reader starts a check, so it
 * is a chunk of its own that no other page loads.
 */
export default function migrateWorker(context: LoadContext): Plugin {
  return {
    name: 'migrate-worker',
    async contentLoaded({actions}) {
      const source = await bundleWorker(context.siteDir);
      await actions.createData('worker-source.js', `export default ${JSON.stringify(source)};\n`);
    },
    getPathsToWatch: () => WORKER_INPUTS.map((pattern) => path.join(context.siteDir, pattern)),
  };
}

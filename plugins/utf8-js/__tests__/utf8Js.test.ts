import type {Configuration} from 'webpack';
import {describe, expect, it} from 'vitest';
import utf8JavaScript from '..';

type ConfigureWebpack = (config: Configuration, isServer: boolean) => unknown;
const configure = utf8JavaScript().configureWebpack as unknown as ConfigureWebpack;

// The shape of Rspack's SWC minimizer as Docusaurus configures it.
function swcMinimizer() {
  return {_args: [{minimizerOptions: {format: {ascii_only: true}}}]};
}

describe('utf8-js', () => {
  it('turns off ascii_only in the production minimizer', () => {
    const minimizer = swcMinimizer();
    configure({mode: 'production', optimization: {minimizer: [minimizer as never]}}, false);
    expect(minimizer._args[0].minimizerOptions.format.ascii_only).toBe(false);
  });

  it('fails a production build whose minimizer it cannot find', () => {
    expect(() => configure({mode: 'production', optimization: {minimizer: []}}, false)).toThrow(/plugins\/utf8-js/);
  });

  it('leaves the development server alone, which does not minify', () => {
    expect(configure({mode: 'development', optimization: {minimize: false}}, false)).toEqual({});
  });
});

import {themes} from 'prism-react-renderer';
import {describe, expect, it} from 'vitest';
import {themeCss} from '../themeCss';

describe('themeCss', () => {
  const css = themeCss(themes.vsLight, themes.oceanicNext);

  it('gives each token type of the light theme its colour, unscoped', () => {
    expect(css).toContain('.theme-code-block .token.keyword{color:rgb(0, 0, 255)}');
    expect(css).toContain('.theme-code-block .token.comment{color:rgb(0, 128, 0)}');
  });

  it('gives the dark theme the same rules under [data-theme=dark], including non-colour styles', () => {
    expect(css).toContain("[data-theme='dark'] .theme-code-block .token.keyword{color:#c5a5c5}");
    expect(css).toContain("[data-theme='dark'] .theme-code-block .token.italic{font-style:italic}");
  });

  it("overrides the block's background and text colour per mode, before React runs", () => {
    expect(css).toContain(
      '.theme-code-block{--prism-color:#000000!important;--prism-background-color:#ffffff!important}',
    );
    expect(css).toContain(
      "[data-theme='dark'] .theme-code-block{--prism-color:#ffffff!important;--prism-background-color:#282c34!important}",
    );
  });

  it('limits an entry that names languages to blocks in those languages', () => {
    const scoped = themeCss(
      {plain: {}, styles: [{types: ['keyword'], languages: ['sql'], style: {color: 'red'}}]},
      {plain: {}, styles: []},
    );
    expect(scoped).toContain('.theme-code-block .language-sql .token.keyword{color:red}');
  });
});

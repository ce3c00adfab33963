import type {ComponentType, SVGProps} from 'react';
import {useServerRenderedHtml} from '@site/src/hooks/useServerRenderedHtml';
import styles from './styles.module.css';

interface Props {
  /** An SVG imported from the repo (`import Svg from './img/x.svg'`), inlined by SVGR. */
  svg: ComponentType<SVGProps<SVGSVGElement> & {title?: string}>;
  alt: string;
  caption: string;
}

/**
 * A diagram drawn for the hub. The SVG is inlined rather than loaded with
 * <img> so that its strokes and text, drawn in `currentColor`, follow the
 * page's colour mode; `alt` becomes the image's accessible name. A diagram
 * is static, so on the page the reader opened it keeps its server-rendered
 * markup instead of being hydrated shape by shape.
 */
export default function Figure({svg: Svg, alt, caption}: Props) {
  const {id, html} = useServerRenderedHtml();
  if (html !== null) return <figure id={id} className={styles.figure} dangerouslySetInnerHTML={{__html: html}} />;
  return (
    <figure id={id} className={styles.figure}>
      <Svg role="img" aria-label={alt} className={styles.svg} />
      <figcaption className={styles.caption}>{caption}</figcaption>
    </figure>
  );
}

import type {ComponentType, SVGProps} from 'react';
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
 * page's colour mode; `alt` becomes the image's accessible name.
 */
export default function Figure({svg: Svg, alt, caption}: Props) {
  return (
    <figure className={styles.figure}>
      <Svg role="img" aria-label={alt} className={styles.svg} />
      <figcaption className={styles.caption}>{caption}</figcaption>
    </figure>
  );
}

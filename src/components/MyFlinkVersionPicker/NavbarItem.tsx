import clsx from 'clsx';
import MyFlinkVersionPicker from './index';

interface Props {
  /** Set when the item is drawn in the mobile menu (a list) rather than the navbar. */
  mobile?: boolean;
  className?: string;
}

/** The picker as a navbar item (type `custom-myFlinkVersion` in docusaurus.config.ts). */
export default function MyFlinkVersionNavbarItem({mobile = false, className}: Props) {
  if (mobile) {
    return (
      <li className={clsx('menu__list-item', className)}>
        <MyFlinkVersionPicker className="menu__link" />
      </li>
    );
  }
  // The theme hides .navbar__item on narrow screens, where the mobile menu shows the item instead.
  return (
    <div className={clsx('navbar__item', className)}>
      <MyFlinkVersionPicker compact />
    </div>
  );
}

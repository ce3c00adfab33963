import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import MyFlinkVersionNavbarItem from '@site/src/components/MyFlinkVersionPicker/NavbarItem';

/**
 * Wrapped, not ejected: theme-classic's navbar item types plus the hub's
 * own. Docusaurus accepts `custom-*` types in the navbar config and looks
 * them up here.
 */
export default {
  ...ComponentTypes,
  'custom-myFlinkVersion': MyFlinkVersionNavbarItem,
};

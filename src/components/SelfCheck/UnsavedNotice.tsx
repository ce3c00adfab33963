import {useSelfCheckAnswers} from '@site/src/selfCheck/useSelfCheckAnswers';
import styles from './styles.module.css';

/** Said once the browser refused to store an answer (storage full or disabled): it would be lost on reload without a word. */
export default function UnsavedNotice() {
  const {saved} = useSelfCheckAnswers();
  if (saved) return null;
  return (
    <p role="alert" className={styles.unsaved}>
      浏览器没有保存刚才的答题结果（本地存储已满或被禁用），这次访问中仍然有效，刷新页面后会丢失。可以在浏览器设置中清理一些网站数据，或允许本站存储数据。
    </p>
  );
}

import type * as Preset from '@docusaurus/preset-classic';
import type {Config} from '@docusaurus/types';
import {themes as prismThemes} from 'prism-react-renderer';
import {accessiblePrismTheme} from './config/accessiblePrismTheme';
import {paintFirstTemplate} from './config/paintFirstTemplate';
import catalogGuard from './plugins/catalog-guard';
import migrateWorker from './plugins/migrate-worker';
import notesPlugin from './plugins/notes';
import offlineDownload, {OFFLINE_ZIP_PATH} from './plugins/offline-download';
import prismAtBuild, {rehypePrism} from './plugins/prism-at-build';
import searchIndex from './plugins/search';
import serverOnly from './plugins/server-only';
import remarkInlineResources from './plugins/remark-inline-resources';
import utf8JavaScript from './plugins/utf8-js';
import {MIGRATE_PAGE} from './src/migrate/page';

// One config, two builds: the hosted site (browser router) and the copy read
// from disk (`DOCUSAURUS_ROUTER=hash`, see the build:offline script). The hash
// build only works at the root, so it always uses baseUrl '/'. The hosted
// site's address comes from the Deploy workflow (actions/configure-pages):
// a fork is served at https://OWNER.github.io/REPO/, so its base URL is
// /REPO/ (empty for a user site, which Docusaurus reads as '/').
const isHashRouter = process.env.DOCUSAURUS_ROUTER === 'hash';
const siteUrl = process.env.SITE_URL || 'https://flink-learning-hub.github.io';
const baseUrl = isHashRouter ? '/' : process.env.BASE_URL || '/';
const repoUrl = 'https://github.com/flink-learning-hub/flink-learning-hub';
// Prism grammars beyond prism-react-renderer's defaults; code is highlighted
// at build time (plugins/prism-at-build), so they cost the reader nothing.
const additionalLanguages = ['java', 'scala', 'sql', 'bash', 'properties'];

const config: Config = {
  title: 'Flink 学习导航',
  tagline: '精选 Flink 中文学习资源，笔记按 Flink 2.x 校订',
  favicon: 'img/logo.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,

  future: {
    v4: true,
    faster: true,
    experimental_router: isHashRouter ? 'hash' : 'browser',
  },

  // The hosted pages paint before the app starts (see the module); the hash
  // build has no server-rendered page to paint.
  ssrTemplate: isHashRouter ? undefined : paintFirstTemplate(),

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'zh-Hans',
    locales: ['zh-Hans'],
  },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          editUrl: `${repoUrl}/edit/main/`,
          remarkPlugins: [remarkInlineResources],
          rehypePlugins: [[rehypePrism, {additionalLanguages}]],
          showLastUpdateTime: false,
        },
        blog: false,
        pages: {
          rehypePlugins: [[rehypePrism, {additionalLanguages}]],
        },
        // The hash build has one HTML file and no routes to list.
        sitemap: isHashRouter ? false : undefined,
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    catalogGuard,
    notesPlugin,
    searchIndex,
    migrateWorker,
    utf8JavaScript,
    prismAtBuild,
    serverOnly,
    offlineDownload,
  ],
  // The first repairs malformed escapes in the address's fragment before the router reads it.
  clientModules: [
    './src/clientModules/repairFragment.ts',
    './src/clientModules/idlePrefetch.ts',
    ...(isHashRouter ? ['./src/clientModules/scrollToAnchor.ts'] : []),
  ],

  themeConfig: {
    colorMode: {
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {hideable: true},
    },
    navbar: {
      title: 'Flink 学习导航',
      logo: {alt: 'Flink 学习导航', src: 'img/logo.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'hub', position: 'left', label: '资源与笔记'},
        {to: '/resources', label: '资源浏览', position: 'left'},
        {to: '/docs/learning-path', label: '学习路线', position: 'left'},
        {to: '/review', label: '复习与面试', position: 'left'},
        {to: '/docs/glossary', label: '术语表', position: 'left'},
        {to: '/labs', label: '实验', position: 'left'},
        {to: MIGRATE_PAGE.path, label: MIGRATE_PAGE.title, position: 'left'},
        // 我的 Flink 版本: src/components/MyFlinkVersionPicker, registered in src/theme/NavbarItem/ComponentTypes.tsx.
        {type: 'custom-myFlinkVersion', position: 'right'},
        {href: repoUrl, label: 'GitHub', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: '资源',
          items: [
            {label: '学习网站', to: '/docs/learning-sites'},
            {label: '推荐博客', to: '/docs/blogs'},
            {label: '源码解析', to: '/docs/source-analysis'},
            {label: '大厂实践', to: '/docs/practice'},
          ],
        },
        {
          title: '参与',
          items: [
            {label: '使用指南', to: '/docs/intro'},
            {label: '推荐资源', href: `${repoUrl}/blob/main/CONTRIBUTING.md`},
            // The copy read from disk is the download itself.
            ...(isHashRouter ? [] : [{label: '下载离线版', href: `pathname://${OFFLINE_ZIP_PATH}`}]),
          ],
        },
      ],
      copyright: `内容以 CC BY-SA 4.0 发布。Apache Flink 是 Apache 软件基金会的商标，本站与其无关。`,
    },
    prism: {
      theme: accessiblePrismTheme(prismThemes.vsLight),
      darkTheme: accessiblePrismTheme(prismThemes.oceanicNext),
      additionalLanguages,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;

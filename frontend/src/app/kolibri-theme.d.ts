/** KoliBri's default theme in two parts, made by the `kolibri-theme-parts` plugin in vite.config.ts. */
declare module 'virtual:kolibri-theme/first' {
  /** CSS text by component tag (`GLOBAL`, `KOL-BUTTON` …) for the shell and the start page. */
  const styles: Record<string, string>;
  export default styles;
}

declare module 'virtual:kolibri-theme/rest' {
  /** CSS text by component tag for all other components. */
  const styles: Record<string, string>;
  export default styles;
}

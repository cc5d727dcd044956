/** Types for markdown-it-task-lists 2.1.1, which ships none. */
declare module 'markdown-it-task-lists' {
  import type MarkdownIt from 'markdown-it';

  namespace markdownItTaskLists {
    /** Plugin options; note that the plugin keeps them in module-level state shared by every instance. */
    interface Options {
      /** Render clickable checkboxes; false (the default) renders them `disabled`. */
      enabled?: boolean;
      /** Wrap each item's text in a `<label>`. */
      label?: boolean;
      /** Put the `<label>` after the checkbox instead of around it (needs `label`). */
      labelAfter?: boolean;
    }
  }

  /** Turns `- [ ]` and `- [x]` list items into checkbox items. */
  function markdownItTaskLists(md: MarkdownIt, options?: markdownItTaskLists.Options): void;

  export = markdownItTaskLists;
}

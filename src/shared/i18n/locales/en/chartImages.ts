/** chartImages: English UI strings of a chart's image menu (copy, save as PNG). */
export const chartImages = {
  chartImages: {
    menu: 'Chart image',
    label: 'As on paper, at 2× resolution',
    copy: 'Copy image',
    save: 'Save PNG',
    copied: 'Image copied',
    saved: 'PNG saved',
    failed: 'The image could not be made',
    base: 'Base: n = {{n}}',
  },
};

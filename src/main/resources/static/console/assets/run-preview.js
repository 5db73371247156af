// The run preview's selection buttons: "all", "none", and a bucket's box ticking the rows of that bucket on the page.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('apply-form');
  if (!form) {
    return;
  }
  const rows = bucket => document.querySelectorAll(
      bucket ? `input.row-select[data-bucket="${bucket}"]` : 'input.row-select');
  const buckets = form.querySelectorAll('input.bucket-select');
  const tickAll = ticked => {
    buckets.forEach(box => { box.checked = ticked; });
    rows().forEach(box => { box.checked = ticked; });
  };
  buckets.forEach(box => box.addEventListener('change', () => rows(box.value).forEach(r => { r.checked = box.checked; })));
  form.querySelector('button.select-all').addEventListener('click', () => tickAll(true));
  form.querySelector('button.select-none').addEventListener('click', () => tickAll(false));
});

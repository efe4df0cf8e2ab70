// The Accounts table: sort by any column (keyboard: the header buttons) and search as you type.
// Filters above the table reload the page with the new URL (no script needed for them).
(function () {
    'use strict';
    document.querySelectorAll('[data-sortable]').forEach(table => {
        const body = table.tBodies[0];
        table.querySelectorAll('thead [data-sort]').forEach((button, column) => {
            button.addEventListener('click', () => {
                const header = button.closest('th');
                const ascending = header.getAttribute('aria-sort') !== 'ascending';
                table.querySelectorAll('thead th').forEach(th => th.removeAttribute('aria-sort'));
                header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                const numeric = button.dataset.sort === 'number';
                const key = row => {
                    const cell = row.cells[column];
                    const raw = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim();
                    return numeric ? (raw === '' ? null : Number(raw)) : raw.toLowerCase();
                };
                const rows = Array.from(body.rows).sort((a, b) => {
                    const x = key(a);
                    const y = key(b);
                    // Rows without a value go last either way.
                    if (x === null || y === null || x === '' || y === '') {
                        return (x === null || x === '') - (y === null || y === '');
                    }
                    return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
                });
                body.append(...rows);
            });
        });
    });
    document.querySelectorAll('[data-table-search]').forEach(input => {
        const table = document.getElementById(input.dataset.tableSearch);
        const count = document.querySelector('[data-table-count="' + input.dataset.tableSearch + '"]');
        input.addEventListener('input', () => {
            const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
            let shown = 0;
            Array.from(table.tBodies[0].rows).forEach(row => {
                const text = row.textContent.toLowerCase();
                row.hidden = !words.every(w => text.includes(w));
                shown += row.hidden ? 0 : 1;
            });
            count.textContent = shown;
        });
    });
    const filters = document.querySelector('[data-filter-form]');
    if (filters) {
        filters.addEventListener('change', () => filters.requestSubmit());
    }
})();

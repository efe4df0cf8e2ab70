// A dashboard page: draws the charts from the view inlined by the server, then keeps the view in
// step with the filters: a change updates the URL (so it can be shared and reloaded) and fetches the
// view as JSON from /api/dashboards/{id}; a click on a chart or a table row drills down.
(function () {
    'use strict';
    const root = document.querySelector('[data-dashboard]');
    const inlined = document.getElementById('dashboard-view');
    if (!root || !inlined) {
        return;
    }
    let view = JSON.parse(inlined.textContent);
    const form = root.querySelector('[data-filter-form]');
    // An embed lists the filters its token lets the viewer change; elsewhere every filter may change.
    const editable = root.dataset.editable === undefined ? null : root.dataset.editable.split(' ').filter(Boolean);
    const mayChange = field => editable === null || editable.includes(field);
    const verbatimForm = root.querySelector('[data-verbatim-form]');

    function figure(id) {
        return root.querySelector('[data-chart="' + CSS.escape(id) + '"]');
    }

    function drawCharts() {
        view.charts.forEach(chart => {
            const canvas = figure(chart.id).querySelector('canvas');
            window.ReportingCharts.draw(canvas, chart, drill);
        });
    }

    // The URL parameters of the filter form and the verbatim search, without empty values.
    function currentParameters() {
        const parameters = new URLSearchParams();
        [form, verbatimForm].filter(Boolean).forEach(f => {
            new FormData(f).forEach((value, key) => {
                const own = f === verbatimForm ? key.startsWith('v.') : true;
                if (own && value !== '') {
                    parameters.append(key, value);
                }
            });
        });
        return parameters;
    }

    async function apply(parameters, push) {
        const query = parameters.toString();
        if (push) {
            history.pushState(null, '', location.pathname + (query ? '?' + query : ''));
        }
        // "E-mail this" prefills the subscription with the filters now shown.
        document.querySelectorAll('[data-email-this]').forEach(a => { a.href = a.dataset.emailThis + (query ? '&' + query : ''); });
        root.setAttribute('aria-busy', 'true');
        try {
            const response = await fetch(root.dataset.api + '?' + query, { headers: { Accept: 'application/json' } });
            const body = await response.json();
            if (!response.ok) {
                showError(body.detail || body.title || 'The view could not be updated.');
                return;
            }
            showError(null);
            view = body;
            render();
        } finally {
            root.removeAttribute('aria-busy');
        }
    }

    function showError(message) {
        let alert = root.querySelector('[data-view-error]');
        if (!alert) {
            alert = document.createElement('p');
            alert.className = 'error';
            alert.setAttribute('role', 'alert');
            alert.dataset.viewError = '';
            if (form) {
                form.after(alert);
            } else {
                root.prepend(alert);
            }
        }
        alert.hidden = message === null;
        alert.textContent = message || '';
    }

    function drill(target) {
        const fields = target.period ? ['from', 'to', 'grain'] : [target.field];
        if (!fields.every(mayChange)) {
            return;
        }
        const parameters = currentParameters();
        if (target.period) {
            const start = new Date(target.period + 'T00:00:00Z');
            const end = new Date(start);
            if (target.grain === 'quarter') {
                end.setUTCMonth(end.getUTCMonth() + 3);
            } else if (target.grain === 'month') {
                end.setUTCMonth(end.getUTCMonth() + 1);
            } else {
                end.setUTCDate(end.getUTCDate() + 7);
            }
            end.setUTCDate(end.getUTCDate() - 1);
            parameters.set('from', target.period);
            parameters.set('to', end.toISOString().slice(0, 10));
            parameters.set('grain', target.grain === 'quarter' ? 'month' : 'week');
        } else {
            parameters.set(target.field, target.value);
        }
        syncForm(parameters);
        apply(parameters, true);
    }

    function render() {
        syncForm(new URLSearchParams(view.filters.query));
        window.ReportingDashboardRender.tiles(root, view.tiles);
        view.charts.forEach(chart => window.ReportingDashboardRender.chart(figure(chart.id), chart));
        const query = root.querySelector('[data-query-json]');
        if (query && view.charts.length > 0) {
            query.textContent = JSON.stringify(view.charts[0].query, null, 2);
            showSql(view.charts[0].query);
        }
        if (view.atRisk) {
            window.ReportingDashboardRender.atRisk(root, view.atRisk);
        }
        if (view.revenue) {
            window.ReportingDashboardRender.revenue(root, view.revenue);
        }
        if (view.surveyPlan) {
            window.ReportingDashboardRender.surveyPlan(root, view.surveyPlan);
        }
        if (view.verbatims) {
            window.ReportingDashboardRender.verbatims(root, view.verbatims);
        }
        drawCharts();
    }

    // Explore shows the SQL its query runs (POST /api/cube/sql compiles without running).
    function showSql(query) {
        const sql = root.querySelector('[data-query-sql]');
        if (!sql) {
            return;
        }
        fetch('/api/cube/sql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(query) })
            .then(response => response.ok ? response.json() : null)
            .then(answer => { sql.textContent = answer ? answer.text : ''; })
            .catch(() => { sql.textContent = ''; });
    }

    // Puts the form's controls in step with the parameters; filters the form has no control for are chips.
    function syncForm(parameters) {
        if (!form) {
            return;
        }
        ['from', 'to', 'grain'].concat(Array.from(form.querySelectorAll('select[name]')).map(s => s.name)).forEach(name => {
            const control = form.elements.namedItem(name);
            if (control && control.tagName) {
                control.value = parameters.get(name) || (control.tagName === 'SELECT' && name !== 'grain' ? '' : control.value);
            }
        });
        const controls = new Set(Array.from(form.elements).filter(e => e.name && !e.closest('[data-drills]')).map(e => e.name));
        const chips = form.querySelector('[data-drills]');
        chips.replaceChildren();
        parameters.forEach((value, key) => {
            if (!controls.has(key) && !key.includes('.') && mayChange(key)) {
                chips.append(window.ReportingDashboardRender.chip(key, value));
            }
        });
    }

    form?.addEventListener('change', event => {
        if (event.target.hasAttribute('data-reload')) {
            // Another cube has other measures and dimensions: start its view afresh, keeping the filters' dates.
            const parameters = new URLSearchParams();
            ['from', 'to', 'grain'].forEach(name => parameters.set(name, form.elements.namedItem(name).value));
            parameters.set(event.target.name, event.target.value);
            location.assign(location.pathname + '?' + parameters.toString());
            return;
        }
        apply(currentParameters(), true);
    });
    form?.addEventListener('submit', event => {
        event.preventDefault();
        apply(currentParameters(), true);
    });
    if (verbatimForm) {
        verbatimForm.addEventListener('submit', event => {
            event.preventDefault();
            apply(currentParameters(), true);
        });
    }
    root.addEventListener('click', event => {
        const remove = event.target.closest('[data-remove-filter]');
        if (remove) {
            remove.closest('.chip').remove();
            apply(currentParameters(), true);
            return;
        }
        const row = event.target.closest('[data-drill-field]');
        if (row) {
            drill({ field: row.dataset.drillField, value: row.dataset.drillValue });
            return;
        }
        const toggle = event.target.closest('[data-toggle-table]');
        if (toggle) {
            const shown = toggle.getAttribute('aria-pressed') !== 'true';
            const chart = toggle.closest('.chart');
            toggle.setAttribute('aria-pressed', String(shown));
            toggle.textContent = shown ? 'Show chart' : 'Show table';
            chart.querySelector('[data-chart-table]').classList.toggle('visually-hidden', !shown);
            chart.querySelector('.chart-canvas').hidden = shown;
        }
    });
    window.addEventListener('popstate', () => {
        const parameters = new URLSearchParams(location.search);
        syncForm(parameters);
        apply(parameters, false);
    });
    document.addEventListener('reporting:theme', drawCharts);
    drawCharts();
})();

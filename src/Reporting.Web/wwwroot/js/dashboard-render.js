// Redraws the parts of a dashboard page that hold numbers (tiles, tables, CSV links, verbatims)
// from a view fetched as JSON. Every text comes formatted from the server; this only places it,
// and uses textContent throughout, never HTML from data.
(function () {
    'use strict';

    // kpis.yaml's low_sample_below, as the page wrote it on this script's tag.
    const lowSampleBelow = document.currentScript.dataset.lowSampleBelow;

    function element(tag, attributes, text) {
        const node = document.createElement(tag);
        Object.entries(attributes || {}).forEach(([key, value]) => node.setAttribute(key, value));
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    }

    function tiles(root, list) {
        list.forEach(tile => {
            const node = root.querySelector('[data-kpi="' + CSS.escape(tile.kpi) + '"]');
            if (!node) {
                return;
            }
            node.dataset.status = tile.status;
            const set = (field, text) => {
                const target = node.querySelector('[data-field="' + field + '"]');
                if (target) {
                    target.textContent = text;
                }
            };
            set('display', tile.display);
            set('margin', tile.margin || '');
            set('status', tile.status);
            set('change', tile.changeDisplay);
            set('previous', tile.previousDisplay);
            set('change-label', tile.changeLabel);
            set('n', tile.n.toLocaleString('en-US'));
            node.querySelector('.tile-change').dataset.change = tile.changeLabel;
            node.querySelector('[data-field="low-sample"]').hidden = !tile.lowSample;
            node.querySelector('[data-field="sparkline"]').setAttribute('points', tile.sparklinePoints);
        });
    }

    function table(model, field) {
        const result = element('table', { class: 'data-table' });
        const head = result.createTHead().insertRow();
        model.headers.forEach(h => head.append(element('th', { scope: 'col' }, h)));
        const body = result.createTBody();
        let low = false;
        model.rows.forEach(cells => {
            const row = body.insertRow();
            cells.forEach(cell => {
                if (cell.header) {
                    const th = element('th', { scope: 'row' });
                    th.append(cell.drill && field
                        ? element('button', { type: 'button', class: 'link-button', 'data-drill-field': field, 'data-drill-value': cell.drill }, cell.text)
                        : document.createTextNode(cell.text));
                    row.append(th);
                } else {
                    low = low || cell.lowSample;
                    row.append(element('td', { class: (cell.prose ? 'prose' : 'num') + (cell.lowSample ? ' low-sample-cell' : '') }, cell.text + (cell.lowSample ? '*' : '')));
                }
            });
        });
        const parts = [result];
        if (low) {
            parts.push(element('p', { class: 'muted' }, '* fewer than ' + lowSampleBelow + ' observations: low sample.'));
        }
        return parts;
    }

    function chart(figure, view) {
        figure.querySelector('[data-chart-table]').replaceChildren(...table(view.data.table, view.breakdownField));
        const csv = figure.querySelector('[data-csv]');
        csv.setAttribute('href', view.csvUrl);
        csv.hidden = !view.csvUrl;
        const description = figure.querySelector('[data-chart-description]');
        if (description) {
            description.textContent = view.description || '';
        }
        figure.querySelector('[data-chart-empty]').hidden = !view.data.empty;
        const truncated = figure.querySelector('[data-chart-truncated]');
        truncated.hidden = !view.truncated;
        truncated.textContent = 'Only the first ' + view.rows.length.toLocaleString('en') + ' rows are shown: narrow the dates or filters to see them all.';
        const note = figure.querySelector('[data-not-filtered]');
        note.hidden = view.notFilteredBy.length === 0;
        note.textContent = 'Not filtered by ' + view.notFilteredBy.join(', ') + ": this chart's data has no such field.";
    }

    function verbatims(root, results) {
        const list = root.querySelector('.verbatim-list');
        list.replaceChildren(...results.rows.map(row => {
            const item = element('li', { class: 'verbatim', 'data-response': row.responseId });
            item.append(element('blockquote', {}, row.comment));
            const meta = element('p', { class: 'muted' });
            meta.append(element('a', { href: '/accounts/' + encodeURIComponent(row.accountId) }, row.accountName));
            meta.append(document.createTextNode(' · ' + row.surveyType.toUpperCase() + ' ' + row.score + (row.group ? ' (' + row.group + ')' : '')
                + ' · ' + (row.theme ? row.theme.replace('_', ' ') : 'no theme') + ' · ' + row.respondedOn));
            item.append(meta);
            return item;
        }));
        const count = root.querySelector('[data-testid="verbatim-count"]');
        count.firstChild.textContent = results.rows.length + (results.rows.length === 1 ? ' comment' : ' comments') + ' · ';
        count.querySelector('a').setAttribute('href', results.csvUrl);
    }

    function atRisk(root, view) {
        const panel = root.querySelector('[data-at-risk]');
        if (!panel) {
            return;
        }
        const summary = panel.querySelector('[data-at-risk-summary]');
        summary.replaceChildren(element('strong', { 'data-testid': 'at-risk-count' }, String(view.atRisk)),
            document.createTextNode(' of ' + view.scored + ' accounts have a health score below 70 as of ' + view.asOf
                + '; revenue at risk (their ARR renewing within the horizon): '),
            element('strong', { 'data-testid': 'revenue-at-risk' }, view.revenueAtRisk), document.createTextNode('.'));
        panel.querySelector('[data-at-risk-table]').replaceChildren(...table(view.table, 'account_id'));
    }

    function revenue(root, view) {
        const panel = root.querySelector('[data-revenue-churned]');
        if (!panel) {
            return;
        }
        panel.querySelector('[data-testid="churned-count"]').textContent = String(view.churnedCount);
        panel.querySelector('[data-testid="churned-arr"]').textContent = view.churnedArr;
        panel.querySelector('[data-churned-table]').replaceChildren(...table(view.churned, 'account_id'));
    }

    function surveyPlan(root, plan) {
        const panel = root.querySelector('[data-survey-plan]');
        if (!panel) {
            return;
        }
        panel.querySelector('[data-testid="plan-sends"]').textContent = String(plan.sends);
        panel.querySelector('[data-testid="plan-held"]').textContent = String(plan.heldBack);
        panel.querySelector('[data-plan-sends]').replaceChildren(...table(plan.sendTable, null));
        panel.querySelector('[data-plan-held]').replaceChildren(...table(plan.heldBackTable, null));
    }

    function chip(field, value) {
        const node = element('span', { class: 'chip' });
        node.append(element('input', { type: 'hidden', name: field, value: value }));
        node.append(document.createTextNode(field + ': ' + value + ' '));
        node.append(element('button', { type: 'button', class: 'chip-remove', 'data-remove-filter': field, 'aria-label': 'Remove filter ' + field + ' ' + value }, '×'));
        return node;
    }

    window.ReportingDashboardRender = { tiles: tiles, chart: chart, verbatims: verbatims, atRisk: atRisk, revenue: revenue, surveyPlan: surveyPlan, chip: chip };
})();

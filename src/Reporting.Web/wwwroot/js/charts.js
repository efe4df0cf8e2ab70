// Draws a chart view (ChartView.data, built on the server) with Chart.js: the browser only maps
// datasets to colours and axes. Colours come from the design tokens (Okabe-Ito, colour-blind safe).
(function () {
    'use strict';

    function token(name) {
        return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    }

    function palette() {
        return [1, 2, 3, 4, 5, 6, 7, 8].map(i => token('--color-series-' + i)).filter(Boolean);
    }

    function format(value, decimals, unit) {
        if (value === null || value === undefined) {
            return '—';
        }
        const text = value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
        return text + ({ percent: ' %', minutes: ' min', hours: ' h' }[unit] || '');
    }

    // Floating bars (a waterfall's steps, a reference range) go from set.from to the value.
    function points(set) {
        return set.from ? set.values.map((value, i) => value === null || set.from[i] === null ? null : [set.from[i], value]) : set.values;
    }

    function colour(set, i, colours) {
        if (set.pointColors) {
            return set.pointColors.map(name => token('--color-' + name));
        }
        return set.color ? token('--color-' + set.color) : colours[i % colours.length];
    }

    // A tooltip names a floating bar's change (waterfall) or range (reference), else the value.
    function describe(context, view) {
        const meta = context.dataset.meta;
        const raw = context.raw;
        if (!Array.isArray(raw)) {
            return context.dataset.label + ': ' + format(raw, meta.decimals, meta.unit);
        }
        if (view.kind === 'waterfall') {
            const change = raw[1] - raw[0];
            const first = context.dataIndex === 0 || context.dataIndex === view.data.labels.length - 1;
            return first ? format(raw[1], meta.decimals, meta.unit) : (change < 0 ? '−' : '+') + format(Math.abs(change), meta.decimals, meta.unit);
        }
        return context.dataset.label + ': ' + format(raw[0], meta.decimals) + '–' + format(raw[1], meta.decimals, meta.unit);
    }

    function datasets(view, type) {
        const colours = palette();
        const sets = view.data.datasets.map((set, i) => ({
            label: set.label,
            data: points(set),
            borderColor: colour(set, i, colours),
            backgroundColor: colour(set, i, colours),
            // Past the palette, lines repeat a colour with a dash so that no two series look alike.
            borderDash: type === 'line' && i >= colours.length ? [6, 3] : undefined,
            borderWidth: 2,
            pointRadius: 3,
            spanGaps: false,
            meta: set,
        }));
        const series = view.series;
        if (type === 'line' && series.length === 1 && series[0].target !== null && sets.length === 1) {
            sets.push({
                label: 'Target', data: view.data.labels.map(() => series[0].target), borderColor: token('--color-muted'),
                borderDash: [4, 4], borderWidth: 1, pointRadius: 0, meta: { decimals: series[0].decimals, unit: series[0].unit, target: true },
            });
        }
        return sets;
    }

    function config(view, onDrill) {
        const type = view.kind === 'line' ? 'line' : 'bar';
        const stacked = view.kind === 'stacked-bar';
        const text = token('--color-text');
        const grid = token('--color-border');
        const axis = { stacked: stacked, ticks: { color: text }, grid: { color: grid } };
        const still = matchMedia('print').matches || matchMedia('(prefers-reduced-motion: reduce)').matches;
        return {
            type: type,
            data: { labels: view.data.labels, datasets: datasets(view, type) },
            options: {
                animation: still ? false : { duration: 300 },
                responsive: true,
                maintainAspectRatio: false,
                indexAxis: view.kind === 'horizontal-bar' ? 'y' : 'x',
                scales: {
                    x: Object.assign({}, axis),
                    y: Object.assign({ beginAtZero: type === 'bar' }, axis, shares(view) ? { max: 100 } : {},
                        view.kind === 'horizontal-bar' ? { ticks: { color: text, callback: function (value) { return wrap(this, this.getLabelForValue(value)); } } } : {}),
                },
                plugins: {
                    legend: { display: view.kind !== 'waterfall', labels: { color: text } },
                    tooltip: { callbacks: { label: c => describe(c, view) } },
                },
                onClick: (event, elements) => {
                    if (elements.length > 0) {
                        drill(view, elements[0], onDrill);
                    }
                },
                onHover: (event, elements) => {
                    event.native.target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
                },
            },
        };
    }

    // A click filters by what was clicked: a breakdown value (the bar, or the line's series), or a period.
    function drill(view, element, onDrill) {
        const data = view.data;
        const set = data.datasets[element.datasetIndex];
        if (!set) {
            return;
        }
        if (data.keyKind === 'breakdown' && data.keys[element.index]) {
            onDrill({ field: view.breakdownField, value: data.keys[element.index] });
        } else if (set.breakdown) {
            onDrill({ field: view.breakdownField, value: set.breakdown });
        } else if (data.keyKind === 'period') {
            onDrill({ period: data.keys[element.index], grain: view.grain });
        }
    }

    // A category label too long for the left axis is broken into lines at spaces: Chart.js gives that
    // axis at most half the chart's width and cuts off the rest ("…ments on Not resolved (%)" at 375 px).
    function wrap(scale, label) {
        const room = scale.chart.width * 0.45;
        const ctx = scale.ctx;
        ctx.save();
        ctx.font = Chart.helpers.toFont(scale.options.ticks.font).string;
        const fits = text => ctx.measureText(text).width <= room;
        const lines = [];
        if (!fits(label)) {
            String(label).split(' ').forEach(word => {
                const last = lines.length - 1;
                if (last >= 0 && fits(lines[last] + ' ' + word)) {
                    lines[last] += ' ' + word;
                } else {
                    lines.push(word);
                }
            });
        }
        ctx.restore();
        return lines.length > 1 ? lines : label;
    }

    // Stacked percents of one whole (promoter, passive and detractor shares) end at 100.
    function shares(view) {
        return view.kind === 'stacked-bar' && view.series.every(s => s.unit === 'percent');
    }

    // Horizontal bars get room for every category and series.
    function height(view) {
        if (view.kind !== 'horizontal-bar') {
            return null;
        }
        return Math.max(256, 48 + view.data.labels.length * Math.max(1, view.data.datasets.length) * 12) + 'px';
    }

    const drawn = new Map();

    // Printing lays the page out anew (two charts a row, shorter canvases): each chart takes its
    // printed box, then its screen box again (Chart.js, "Printing Resizable Charts").
    function resizeAll() {
        drawn.forEach(chart => chart.resize());
    }
    window.addEventListener('beforeprint', resizeAll);
    window.addEventListener('afterprint', resizeAll);

    window.ReportingCharts = {
        format: format,
        draw: function (canvas, view, onDrill) {
            if (drawn.has(canvas)) {
                drawn.get(canvas).destroy();
            }
            const room = height(view);
            if (room) {
                canvas.parentElement.style.height = room;
            }
            const chart = new Chart(canvas, config(view, onDrill));
            drawn.set(canvas, chart);
            canvas.dataset.drawn = 'true';
            return chart;
        },
    };
})();

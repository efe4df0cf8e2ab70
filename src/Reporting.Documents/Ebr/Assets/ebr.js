// Draws the EBR pack's charts for print: no animation, no responsiveness (the canvas keeps the
// size the page gives it), twice the pixels of the screen so lines stay sharp on paper. When
// every chart has drawn, window.ebrReady tells the renderer the page can be printed.
(function () {
    "use strict";
    var specs = JSON.parse(document.getElementById("ebr-charts").textContent);
    var font = { family: '"Helvetica Neue", Arial, "Liberation Sans", sans-serif', size: 10 };
    var suffix = { percent: " %", minutes: " min", hours: " h" };

    function format(value, spec) {
        if (value === null || value === undefined) { return "—"; }
        return value.toLocaleString("en-US", { maximumFractionDigits: spec.decimals }) + (suffix[spec.unit] || "");
    }

    function datasets(spec) {
        var sets = spec.series.map(function (s) {
            return {
                label: s.label, data: s.data, borderColor: s.color, backgroundColor: s.color,
                borderWidth: spec.kind === "line" ? 2 : 0, pointRadius: spec.kind === "line" ? 2.5 : 0,
                spanGaps: true, tension: 0.25, stack: spec.kind === "stacked-bar" ? "all" : undefined
            };
        });
        if (spec.threshold) {
            sets.push({
                label: spec.threshold.label, data: spec.labels.map(function () { return spec.threshold.value; }),
                borderColor: "#8a919c", borderDash: [4, 3], borderWidth: 1.2, pointRadius: 0, fill: false, type: "line"
            });
        }
        return sets;
    }

    function draw(spec) {
        var canvas = document.querySelector('canvas[data-chart="' + spec.id + '"]');
        if (!canvas) { return; }
        // As wide as its column: a fixed width could overflow the page, and Chromium would shrink every page to fit.
        canvas.width = Math.floor(canvas.parentElement.clientWidth);
        canvas.style.width = canvas.width + "px";
        var stacked = spec.kind === "stacked-bar";
        new Chart(canvas, {
            type: spec.kind === "line" ? "line" : "bar",
            data: { labels: spec.labels, datasets: datasets(spec) },
            options: {
                animation: false, responsive: false, devicePixelRatio: 2, events: [],
                font: font, layout: { padding: { top: 4, right: 6 } },
                plugins: {
                    legend: { display: spec.series.length > 1 || !!spec.threshold, position: "bottom",
                        labels: { font: font, boxWidth: 10, boxHeight: 10, color: "#1b1f24" } },
                    tooltip: { enabled: false },
                    title: { display: false }
                },
                scales: {
                    x: { stacked: stacked, grid: { display: false }, ticks: { font: font, color: "#5a6270", maxRotation: 0, autoSkip: true } },
                    y: {
                        stacked: stacked, min: spec.min, max: spec.max, grid: { color: "#e6e9ee" },
                        ticks: { font: font, color: "#5a6270", maxTicksLimit: 6, callback: function (v) { return format(v, spec); } }
                    }
                }
            }
        });
    }

    Chart.defaults.color = "#1b1f24";
    specs.forEach(draw);
    window.ebrReady = true;
})();

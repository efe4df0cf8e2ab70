namespace Reporting.Bench.Pdf;

/// <summary>
/// The extension point for the EBR pack: one pack warm, and a batch of 50, rendered by the real
/// server. The PDF rendering is being built; until it lands this prints that and measures nothing.
/// When it does: start <see cref="Http.ServerProcess"/>, time one GET of a pack after a first
/// (warm-up) one, then 50 packs for distinct accounts, each a median of runs as elsewhere.
/// </summary>
public static class PdfBenchmark
{
    public static IEnumerable<Figure> Run()
    {
        Console.WriteLine("pdf: not available yet (EBR pack rendering is being built); no figures");
        return [];
    }
}

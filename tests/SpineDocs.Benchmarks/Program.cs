using BenchmarkDotNet.Running;
using SpineDocs.Corpus;

// corpus <pages> <spinedocs-input> <hugo-site> <data-folder>: writes one corpus in both forms.
// Anything else runs the BenchmarkDotNet micro-benchmarks (pass --filter '*' to run all).
if (args is ["corpus", var count, var spineDocs, var hugo, var data])
{
    var corpus = new SyntheticCorpus(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    SpineDocsCorpusWriter.Write(corpus, data, spineDocs);
    HugoCorpusWriter.Write(corpus, hugo);
    Console.WriteLine($"wrote {corpus.Pages.Count} pages to {spineDocs} and {hugo}");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(SpineDocs.Benchmarks.Modules.HotModuleBenchmarks).Assembly).Run(args);
return 0;

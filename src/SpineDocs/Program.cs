using SpineDocs.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await App.RunAsync(args, Console.Out, Console.Error, cancellation.Token);

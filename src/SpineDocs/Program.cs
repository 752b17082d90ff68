using System.Runtime.InteropServices;
using SpineDocs.Cli;

using var cancellation = new CancellationTokenSource();

// Ctrl+C and a termination request both stop a build or the preview cleanly, leaving the output as it was.
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    cancellation.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

return await App.RunAsync(args, Console.Out, Console.Error, cancellation.Token, Terminal.SupportsColour());

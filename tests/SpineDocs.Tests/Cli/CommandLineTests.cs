using SpineDocs.Cli;

namespace SpineDocs.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void No_arguments_build_input_into_output()
    {
        // When
        var (line, error) = CommandLine.Parse([]);

        // Then
        error.ShouldBeNull();
        line.ShouldBe(new CommandLine("build", "input", "output", false));
    }

    [Fact]
    public void Check_takes_the_input_folder()
    {
        // When
        var (line, _) = CommandLine.Parse(["check", "--input", "content"]);

        // Then
        line!.Command.ShouldBe("check");
        line.Input.ShouldBe("content");
    }

    [Theory]
    [InlineData(new[] { "publish" }, "unknown command 'publish'")]
    [InlineData(new[] { "build", "--fast" }, "unknown option '--fast'")]
    [InlineData(new[] { "build", "--output" }, "--output needs a folder")]
    public void A_mistake_is_named(string[] args, string message)
    {
        // When
        var (line, error) = CommandLine.Parse(args);

        // Then
        line.ShouldBeNull();
        error.ShouldNotBeNull().ShouldStartWith(message);
    }
}

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
        (line!.Command, line.Input, line.Output, line.Help, line.Search, line.Port).ShouldBe(("build", "input", "output", false, true, 5080));
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
    [InlineData(new[] { "serve", "--port", "http" }, "--port needs a number")]
    [InlineData(new[] { "new", "condition" }, "new needs a kind and a title")]
    public void A_mistake_is_named(string[] args, string message)
    {
        // When
        var (line, error) = CommandLine.Parse(args);

        // Then
        line.ShouldBeNull();
        error.ShouldNotBeNull().ShouldStartWith(message);
    }

    [Fact]
    public void New_takes_a_kind_and_a_title()
    {
        // When
        var (line, _) = CommandLine.Parse(["new", "condition", "Spinal ependymoma", "--input", "content"]);

        // Then
        line!.Arguments.ShouldBe(["condition", "Spinal ependymoma"]);
        line.Input.ShouldBe("content");
    }

    [Fact]
    public void Serve_takes_a_port_and_options_combine()
    {
        // When
        var (line, _) = CommandLine.Parse(["serve", "--port", "6001", "--no-search", "--strict", "--verbose"]);

        // Then
        (line!.Command, line.Port, line.Search, line.Strict, line.Verbose).ShouldBe(("serve", 6001, false, true, true));
    }

    [Fact]
    public void Options_may_come_before_the_command()
    {
        // When
        var (line, error) = CommandLine.Parse(["--no-search", "build", "--strict"]);

        // Then
        error.ShouldBeNull();
        (line!.Command, line.Search, line.Strict).ShouldBe(("build", false, true));
    }
}

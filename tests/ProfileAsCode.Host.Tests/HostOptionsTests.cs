namespace ProfileAsCode.Host.Tests;

public sealed class HostOptionsTests
{
    [Fact]
    public void FullCommandLine_IsRead()
    {
        var options = HostOptions.Parse(new[]
        {
            "--assembly", "/p/bin/P.dll", "--out", "/p/bin/profiles", "--list", "/p/obj/list.txt",
            "--form", "mcx", "--bare-plist", "--severity-config", "/p/.editorconfig", "--severity-config", "/p/.globalconfig",
            "--nowarn", "CS1591;PAC1002,PAC1005", "--warnaserror", "PAC1025", "--treat-warnings-as-errors",
        });

        Assert.Equal(("/p/bin/P.dll", "/p/bin/profiles", "/p/obj/list.txt"), (options.AssemblyPath, options.OutputDirectory, options.ListPath));
        Assert.Equal(PreferencePayloadForm.ManagedPreferences, options.Form);
        Assert.True(options.WriteBarePlist);
        Assert.Equal(new[] { "/p/.editorconfig", "/p/.globalconfig" }, options.SeverityConfigs);
        Assert.Equal(new[] { "CS1591", "PAC1002", "PAC1005" }, options.NoWarn);
        Assert.Equal(new[] { "PAC1025" }, options.WarningsAsErrors);
        Assert.True(options.TreatWarningsAsErrors);
    }

    [Fact]
    public void WithoutForm_EachProfileChooses()
    {
        var options = HostOptions.Parse(new[] { "--assembly", "a.dll", "--out", "o", "--list", "l" });

        Assert.Null(options.Form);
        Assert.False(options.WriteBarePlist);
    }

    [Theory]
    [InlineData("--out o --list l", "--assembly is required")]
    [InlineData("--assembly a.dll --out o --list l --form plain", "--form is 'plain'; use direct or mcx")]
    [InlineData("--assembly a.dll --out o --list l --verbose", "unknown argument '--verbose'")]
    [InlineData("--assembly", "--assembly needs a value")]
    public void BadCommandLine_SaysWhatIsWrong(string commandLine, string message)
    {
        var exception = Assert.Throws<ArgumentException>(() => HostOptions.Parse(commandLine.Split(' ')));

        Assert.Equal(message, exception.Message);
    }
}

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
    public void SigningSwitches_AreRead()
    {
        var options = HostOptions.Parse(new[]
        {
            "--assembly", "a.dll", "--out", "o", "--list", "l",
            "--sign-certificate", "/s/signer.pem", "--sign-key", "/s/signer.key.pem", "--sign-password-variable", "PROFILE_SIGNING_PASSWORD",
            "--sign-chain", "/s/intermediate.pem", "--sign-chain", "/s/bridge.pem", "--sign-time", "1772600767", "--write-unsigned",
        });

        Assert.Equal(
            ("/s/signer.pem", "/s/signer.key.pem", "PROFILE_SIGNING_PASSWORD", "1772600767", true),
            (options.SigningCertificate, options.SigningKey, options.SigningPasswordVariable, options.SigningTime, options.WriteUnsigned));
        Assert.Equal(new[] { "/s/intermediate.pem", "/s/bridge.pem" }, options.SigningChain);
    }

    [Fact]
    public void TenantExports_AreRead_InOrder_AndNeedAValue()
    {
        var options = HostOptions.Parse(new[] { "--assembly", "a.dll", "--out", "o", "--list", "l", "--tenant-export", "/p/entra/apps.json", "--tenant-export", "/p/entra/policies.json" });

        Assert.Equal(new[] { "/p/entra/apps.json", "/p/entra/policies.json" }, options.TenantExports);
        Assert.Equal("--tenant-export needs a value", Assert.Throws<ArgumentException>(() => HostOptions.Parse(new[] { "--assembly", "a.dll", "--out", "o", "--list", "l", "--tenant-export" })).Message);
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
    [InlineData("--assembly a.dll --out o --list l --sign-key k.pem", "--sign-key, --sign-password-variable, --sign-chain, --sign-time and --write-unsigned need --sign-certificate")]
    [InlineData("--assembly a.dll --out o --list l --write-unsigned", "--sign-key, --sign-password-variable, --sign-chain, --sign-time and --write-unsigned need --sign-certificate")]
    public void BadCommandLine_SaysWhatIsWrong(string commandLine, string message)
    {
        var exception = Assert.Throws<ArgumentException>(() => HostOptions.Parse(commandLine.Split(' ')));

        Assert.Equal(message, exception.Message);
    }
}

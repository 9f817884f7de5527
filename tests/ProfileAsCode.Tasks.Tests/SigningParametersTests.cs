using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ProfileAsCode.Tasks.Tests;

public sealed class SigningParametersTests
{
    [Fact]
    public void SigningProperties_BecomeHostSwitches_WithTheVariableNameOnly()
    {
        using var host = FakeHost.Create(stdout: "", stderr: "", exitCode: 0);
        var task = host.CreateTask(new FakeBuildEngine());
        task.SigningCertificate = "/proj/signing/signer.pem";
        task.SigningKey = "/proj/signing/signer.key.pem";
        task.SigningPasswordVariable = "PROFILE_SIGNING_PASSWORD";
        task.SigningChain = new ITaskItem[] { new TaskItem("/proj/signing/intermediate.pem"), new TaskItem("/proj/signing/other.pem") };
        task.SigningTime = "1772600767";
        task.WriteUnsigned = true;

        Assert.True(task.Execute());

        var arguments = File.ReadAllLines(host.ArgumentsPath);
        var signing = arguments.SkipWhile(a => a != "--sign-certificate").ToArray();
        Assert.Equal(
            new[]
            {
                "--sign-certificate", "/proj/signing/signer.pem",
                "--sign-key", "/proj/signing/signer.key.pem",
                "--sign-password-variable", "PROFILE_SIGNING_PASSWORD",
                "--sign-chain", "/proj/signing/intermediate.pem",
                "--sign-chain", "/proj/signing/other.pem",
                "--sign-time", "1772600767",
                "--write-unsigned",
            },
            signing);
    }

    [Fact]
    public void NoCertificate_NoSigningSwitches()
    {
        using var host = FakeHost.Create(stdout: "", stderr: "", exitCode: 0);
        var task = host.CreateTask(new FakeBuildEngine());

        Assert.True(task.Execute());

        Assert.DoesNotContain(File.ReadAllLines(host.ArgumentsPath), a => a.StartsWith("--sign", StringComparison.Ordinal) || a == "--write-unsigned");
    }

    [Theory]
    [InlineData("Tr0ub4dor&3")]
    [InlineData("9LIVES")]
    [InlineData("pass word")]
    public void PasswordVariableThatIsNoVariableName_FailsBeforeTheHostRuns_WithoutEchoingIt(string value)
    {
        using var host = FakeHost.Create(stdout: "", stderr: "", exitCode: 0);
        var engine = new FakeBuildEngine();
        var task = host.CreateTask(engine);
        task.SigningCertificate = "/proj/signing/signer.p12";
        task.SigningPasswordVariable = value;

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("PAC9003", error.Code);
        Assert.Contains("NAME of an environment variable", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(engine.Messages, m => m.Message!.Contains(value, StringComparison.Ordinal));
        Assert.False(File.Exists(host.ArgumentsPath));
    }

    [Fact]
    public void SigningPropertiesWithoutCertificate_FailBeforeTheHostRuns()
    {
        using var host = FakeHost.Create(stdout: "", stderr: "", exitCode: 0);
        var engine = new FakeBuildEngine();
        var task = host.CreateTask(engine);
        task.SigningKey = "/proj/signing/signer.key.pem";

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("PAC9003", error.Code);
        Assert.Contains("ProfileAsCodeSigningCertificate is empty", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(host.ArgumentsPath));
    }
}

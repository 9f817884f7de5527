using System.Diagnostics;

namespace ProfileAsCode.Testing.Signing;

/// <summary>Runs the openssl command line, the independent implementation the signatures are checked against.</summary>
public static class OpenSsl
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
    }

    public static Result Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("openssl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error);
    }

    /// <summary>
    /// Signs <see cref="TestProfiles.Xml"/> with `openssl cms -sign … -outform DER -binary -md sha256` (the
    /// command signing guides give, e.g. iMazing's "How to sign Apple configuration profiles") and returns the signed file's path.
    /// </summary>
    public static string Sign(TestChain chain, string folder, bool attached = true, bool withIntermediate = true)
    {
        var input = Path.Combine(folder, "profile.mobileconfig");
        var output = Path.Combine(folder, attached ? "openssl-signed.mobileconfig" : "openssl-detached.p7s");
        File.WriteAllBytes(input, TestProfiles.Xml);
        List<string> arguments = ["cms", "-sign", "-outform", "DER", "-binary", "-md", "sha256", "-signer", chain.SignerPem, "-inkey", chain.SignerKeyPem, "-in", input, "-out", output];
        if (attached)
        {
            arguments.Add("-nodetach");
        }

        if (withIntermediate)
        {
            arguments.AddRange(["-certfile", chain.IntermediatePem]);
        }

        var result = Run([.. arguments]);
        Assert.True(result.ExitCode == 0, "openssl cms -sign failed: " + result);
        return output;
    }

    /// <summary>`openssl cms -verify` against <paramref name="caFile"/> only; returns the extracted content.</summary>
    public static byte[] VerifyAndExtract(string signedPath, string caFile)
    {
        var outPath = signedPath + ".openssl-out";
        var result = Run("cms", "-verify", "-inform", "DER", "-purpose", "any", "-CAfile", caFile, "-in", signedPath, "-out", outPath);
        Assert.True(result.ExitCode == 0, "openssl cms -verify failed: " + result);
        return File.ReadAllBytes(outPath);
    }
}

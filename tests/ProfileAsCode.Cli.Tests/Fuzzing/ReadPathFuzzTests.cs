using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Signing;
using ProfileAsCode.Signing.Verification;
using ProfileAsCode.Testing.Fuzzing;
using Xunit.Abstractions;

namespace ProfileAsCode.Cli.Tests.Fuzzing;

/// <summary>
/// Issue 13, item 12: random byte edits of valid signed, XML and binary profiles. The signature reader returns a result
/// or a <see cref="SigningException"/>; the tool's whole read path (validate, show, import of the file) ends in exit 0, 1
/// or 2 with one line, never in a bug (70), within a time bound. eng/fuzz.sh runs the same properties for longer.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class ReadPathFuzzTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory dir = new();

    private static readonly Lazy<IReadOnlyList<byte[]>> Signed = new(() =>
    [
        SubjectSigner.Sign(PropertyListSerializer.WriteXml(Corpus.UnknownDomain()), "Contoso Profile Signing"),
        SubjectSigner.Sign(PropertyListSerializer.WriteBinary(Corpus.JamfConnect(PreferencePayloadForm.ManagedPreferences)), "Contoso"),
        SubjectSigner.Sign(SubjectSigner.Sign(PropertyListSerializer.WriteXml(Corpus.UnknownDomain()), "Inner"), "Outer"),
    ]);

    private static readonly Lazy<IReadOnlyList<byte[]>> Profiles = new(() =>
    [
        PropertyListSerializer.WriteXml(Corpus.JamfConnect(PreferencePayloadForm.Direct)),
        PropertyListSerializer.WriteBinary(Corpus.JamfConnect(PreferencePayloadForm.ManagedPreferences)),
        PropertyListSerializer.WriteXml(Corpus.UnknownDomain()),
        PropertyListSerializer.WriteBinary(Corpus.JamfConnectLoginSettings()),
        .. Signed.Value,
    ]);

    [Fact]
    public void MutatedSignatures_AreVerifiedOrRefused_WithinBounds()
    {
        var verified = 0L;
        var refused = 0L;
        var passed = Fuzz.Check(
            "signature-mutations",
            ByteMutations.Of(Signed.Value),
            bytes =>
            {
                try
                {
                    var result = Bounded.Run(bytes.Length, () => SignedProfileReader.IsSignedData(bytes) ? ProfileVerifier.Verify(bytes, "fuzz.mobileconfig") : null, "ProfileVerifier.Verify");
                    Interlocked.Increment(ref result is null ? ref refused : ref verified);
                }
                catch (SigningException)
                {
                    Interlocked.Increment(ref refused);
                }
            },
            "PACsignature",
            ciCases: 1500,
            bytes => (bytes, ".mobileconfig"),
            output.WriteLine);

        output.WriteLine($"FUZZ signature-mutations: {verified} decoded, {refused} refused");
        Assert.True(verified > passed / 20 && refused > passed / 20, $"{verified} decoded and {refused} refused of {passed}");
    }

    [Fact]
    public void MutatedProfiles_EndInOneLineAndExitZeroOneOrTwo_ThroughTheToolsReadPath()
    {
        var exits = new long[3];
        var passed = Fuzz.Check(
            "cli-read-path",
            ByteMutations.Of(Profiles.Value),
            bytes =>
            {
                var file = dir.Write(Guid.NewGuid().ToString("N") + ".mobileconfig", bytes);
                var outDir = dir.File(Guid.NewGuid().ToString("N"));
                try
                {
                    foreach (var arguments in new[] { new[] { "validate", file }, ["show", file], ["import", file, "--out", outDir] })
                    {
                        var run = Bounded.Run(bytes.Length, () => CliRun.Of(arguments), arguments[0]);
                        Assert.True(run.ExitCode is 0 or 1 or 2, $"{arguments[0]} exited {run.ExitCode}: {run.Stderr}");
                        Assert.DoesNotContain("internal error", run.Stderr, StringComparison.Ordinal);
                        if (run.ExitCode == 2)
                        {
                            Assert.Single(run.StderrLines, l => l.StartsWith("profile-as-code: ", StringComparison.Ordinal));
                        }

                        Interlocked.Increment(ref exits[run.ExitCode]);
                    }
                }
                finally
                {
                    File.Delete(file);
                    if (Directory.Exists(outDir))
                    {
                        Directory.Delete(outDir, recursive: true);
                    }
                }
            },
            "PACcliReadPa",
            ciCases: 400,
            bytes => (bytes, ".mobileconfig"),
            output.WriteLine);

        output.WriteLine($"FUZZ cli-read-path: {exits[0]} exit 0, {exits[1]} exit 1, {exits[2]} exit 2");
        Assert.True(passed > 0 && exits[2] > 0 && exits[0] + exits[1] > 0, "the mutations never both passed and failed the read");
    }

    public void Dispose() => dir.Dispose();
}

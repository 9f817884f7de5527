extern alias library;

using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ProfileAsCode.Analyzers.Tests.Infrastructure;
using Verify = ProfileAsCode.Analyzers.Tests.Infrastructure.Verifier<ProfileAsCode.Analyzers.PinnedUuidAnalyzer>;

namespace ProfileAsCode.Analyzers.Tests;

public sealed class PinnedUuidAnalyzerTests
{
    private const string BadPins = """
        using ProfileAsCode;
        using TestPayloads;

        [ConfigurationProfile("com.contoso.pins", Uuid = {|#0:"not-a-uuid"|})]
        public sealed record Pins
        {
            [PayloadIdentity(Identifier = "com.contoso.pins.login", Uuid = {|#1:"{0FE3872D-AAAA-4BBB-8CCC-DDDDEEEEFFFF}"|})]
            public Login? Login { get; init; } = new();
        }
        """;

    [Fact]
    public async Task MalformedPins_ReportedOnTheUuidArgument_InTheHostsWords()
    {
        await Verify.AnalyzeAsync(
            BadPins,
            new DiagnosticResult("PAC3001", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("[ConfigurationProfile] of Pins pins PayloadUUID 'not-a-uuid', which is not a UUID (8-4-4-4-12 hexadecimal digits, e.g. 'A1B2C3D4-E5F6-4890-ABCD-EF1234567890')."),
            new DiagnosticResult("PAC3001", DiagnosticSeverity.Error).WithLocation(1)
                .WithMessage("Pins.Login [PayloadIdentity] pins PayloadUUID '{0FE3872D-AAAA-4BBB-8CCC-DDDDEEEEFFFF}', which is not a UUID (8-4-4-4-12 hexadecimal digits, e.g. 'A1B2C3D4-E5F6-4890-ABCD-EF1234567890')."));
    }

    [Fact]
    public async Task WellFormedOrAbsentPins_NoDiagnostic()
    {
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;
            using TestPayloads;

            [ConfigurationProfile("com.contoso.pins", Uuid = "0FE3872D-AAAA-4BBB-8CCC-DDDDEEEEFFFF")]
            public sealed record Pins
            {
                [PayloadIdentity(Uuid = "a1b2c3d4-e5f6-4890-abcd-ef1234567890")]
                public Login? Login { get; init; } = new();

                [PayloadIdentity(Identifier = "com.contoso.pins.menubar")]
                public MenuBar? MenuBar { get; init; } = new();
            }

            [ConfigurationProfile("com.contoso.unpinned")]
            public sealed record Unpinned;
            """);
    }

    [Fact]
    public async Task AnalyzerMessages_EqualTheBuildHostsFindings_ForTheSameRecord()
    {
        var source = BadPins.Replace("{|#0:", string.Empty, StringComparison.Ordinal)
            .Replace("{|#1:", string.Empty, StringComparison.Ordinal)
            .Replace("|}", string.Empty, StringComparison.Ordinal);
        var compilation = TestCompilation.Create(source, TestPayloads.Source);

        var analyzerMessages = (await compilation.WithAnalyzers([new PinnedUuidAnalyzer()]).GetAnalyzerDiagnosticsAsync())
            .Select(diagnostic => $"{diagnostic.Id} {diagnostic.GetMessage(CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal);

        using var image = new MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        var profileType = Assembly.Load(image.ToArray()).GetType("Pins", throwOnError: true)!;
        var hostMessages = library::ProfileAsCode.Profiles.Mapping.ProfileBuilder.Build(profileType).Findings
            .Where(finding => finding.Rule.Id == "PAC3001")
            .Select(finding => $"{finding.Rule.Id} {finding.Message}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(2, hostMessages.Count());
        Assert.Equal(hostMessages, analyzerMessages);
    }
}

using Microsoft.CodeAnalysis.Diagnostics;
using ProfileAsCode.Analyzers.Tests.Infrastructure;
using Verify = ProfileAsCode.Analyzers.Tests.Infrastructure.Verifier<ProfileAsCode.Analyzers.RecordShapeAnalyzer>;

namespace ProfileAsCode.Analyzers.Tests;

public sealed class RecordShapeAnalyzerTests
{
    [Fact]
    public async Task UnrepresentableTypes_ReportedOnTheProperty()
    {
        await Verify.AnalyzeAsync("""
            using System;
            using System.Collections.Generic;
            using ProfileAsCode;

            [PreferenceDomain("com.example.shapes")]
            public sealed record Shapes
            {
                public decimal {|PAC3004:Price|} { get; init; }

                public IReadOnlyDictionary<int, string>? {|PAC3004:ByNumber|} { get; init; }

                public List<object>? {|PAC3004:Anything|} { get; init; }

                public Guid {|PAC3004:Id|} { get; init; }
            }
            """);
    }

    [Fact]
    public async Task MisdeclaredAdditionalKeys_ReportedOnTheProperty()
    {
        await Verify.AnalyzeAsync("""
            using System.Collections.Generic;
            using ProfileAsCode;

            [PreferenceDomain("com.example.extras")]
            public sealed record Extras
            {
                [AdditionalKeys] public string? {|PAC3004:NotADictionary|} { get; init; }
                [AdditionalKeys] public IReadOnlyDictionary<int, object?>? {|PAC3004:ByNumber|} { get; init; }
                [AdditionalKeys] public IReadOnlyDictionary<string, object?>? Extra { get; init; }
                [AdditionalKeys] public Dictionary<string, string>? {|PAC3005:MoreExtra|} { get; init; }
            }
            """);
    }

    [Fact]
    public async Task MisdeclaredAdditionalKeys_SameWordsAsTheBuildHost()
    {
        // The record of ShapeErrorTests.MisdeclaredAdditionalKeys_AreReported_AndTheFirstUsableOneIsKept (build host).
        var compilation = TestCompilation.Create("""
            using System.Collections.Generic;
            using ProfileAsCode;

            [PreferenceDomain("com.example.extras")]
            public sealed record MisdeclaredExtrasSettings
            {
                [PayloadKey("Fine")] public string? Fine { get; init; }
                [AdditionalKeys] public IReadOnlyDictionary<int, object?>? ByNumber { get; init; }
                [AdditionalKeys] public IReadOnlyDictionary<string, object?>? Extra { get; init; }
                [AdditionalKeys] public IReadOnlyDictionary<string, object?>? MoreExtra { get; init; }
            }
            """);

        var messages = (await compilation.WithAnalyzers([new RecordShapeAnalyzer()]).GetAnalyzerDiagnosticsAsync())
            .OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .Select(diagnostic => $"{diagnostic.Id} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");

        Assert.Equal(
            [
                "PAC3004 MisdeclaredExtrasSettings.ByNumber is marked [AdditionalKeys] but its type IReadOnlyDictionary<int, object> is not a dictionary with string keys; declare it IReadOnlyDictionary<string, object?>.",
                "PAC3005 MisdeclaredExtrasSettings.MoreExtra is a second [AdditionalKeys] property next to Extra; keep one.",
            ],
            messages);
    }

    [Fact]
    public async Task PlistTypes_NoDiagnostic()
    {
        await Verify.AnalyzeAsync("""
            using System;
            using System.Collections.Generic;
            using ProfileAsCode;

            public enum Mode { On, Off }

            public sealed record Inner { [PayloadKey("Value")] public string? Value { get; init; } }

            [PreferenceDomain("com.example.shapes")]
            public sealed record Shapes
            {
                public string? Text { get; init; }
                public bool? Flag { get; init; }
                public long Count { get; init; }
                public double Ratio { get; init; }
                public DateTimeOffset? When { get; init; }
                public byte[]? Blob { get; init; }
                public Mode Mode { get; init; }
                public IReadOnlyList<string>? Names { get; init; }
                public int[]? Codes { get; init; }
                public IReadOnlyDictionary<string, IReadOnlyList<long>>? Table { get; init; }
                public Inner? Nested { get; init; }
                [AdditionalKeys] public IReadOnlyDictionary<string, object>? Extra { get; init; }
            }
            """);
    }

    [Fact]
    public async Task KeyCollisions_ReportedOnTheSecondKey_AndOnReservedKeys()
    {
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;

            [PreferenceDomain("com.example.keys")]
            public sealed record Keys
            {
                [PayloadKey("OIDCTenant")] public string? Tenant { get; init; }

                [PayloadKey({|PAC3005:"OIDCTenant"|})] public string? AlsoTenant { get; init; }

                [PayloadKey({|PAC3005:"PayloadUUID"|})] public string? Uuid { get; init; }
            }
            """);
    }

    [Fact]
    public async Task NestedRecord_IsCheckedToo()
    {
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;

            public sealed record Inner { public decimal {|PAC3004:Amount|} { get; init; } }

            [PreferenceDomain("com.example.outer")]
            public sealed record Outer
            {
                public Inner? First { get; init; }
                public Inner? Second { get; init; }
            }
            """);
    }

    [Fact]
    public async Task InheritedProperty_ReportedOnce_OnTheBaseProperty()
    {
        // The build host writes inherited properties too, so it reports them; the analyzer says so where they are declared.
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;

            public abstract record Priced { public decimal {|PAC3004:Price|} { get; init; } }

            [PreferenceDomain("com.example.first")]
            public sealed record First : Priced { public string? Name { get; init; } }

            [PreferenceDomain("com.example.second")]
            public sealed record Second : Priced { public string? Name { get; init; } }
            """);
    }

    [Fact]
    public async Task HiddenBaseProperty_IsNotAKeyOfItsOwn()
    {
        // `new` replaces the base property: one key "Name", no clash with the property it hides.
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;

            public record Named { [PayloadKey("Name")] public string? Name { get; init; } }

            [PreferenceDomain("com.example.renamed")]
            public sealed record Renamed : Named { [PayloadKey("Name")] public new string? Name { get; init; } }
            """);
    }

    [Fact]
    public async Task ApplePayloadRecords_AreCheckedToo()
    {
        await Verify.AnalyzeAsync("""
            using ProfileAsCode;

            [ApplePayload("com.apple.example")]
            public sealed record AppleExample
            {
                public decimal {|PAC3004:Ratio|} { get; init; }

                [PayloadKey({|PAC3005:"PayloadType"|})] public string? Type { get; init; }
            }
            """);
    }

    [Fact]
    public async Task RecordsThatAreNotPayloads_NotChecked()
    {
        await Verify.AnalyzeAsync("""
            public sealed record Plain { public decimal Price { get; init; } }
            """);
    }
}

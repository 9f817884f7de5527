extern alias library;

using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProfileAsCode.Analyzers.Facts;
using ProfileAsCode.Analyzers.Tests.Infrastructure;
using ProfileAsCode.Rules;
using Host = library::ProfileAsCode;

namespace ProfileAsCode.Analyzers.Tests;

/// <summary>
/// One profile record, its facts made twice: by the analyzer from source (the code <see cref="ProfileAnalyzer"/> runs)
/// and by the build host from the compiled record. Both must say the same about the profile (identifier, minimum macOS,
/// scope), about each payload (domain or Apple payload type, and which of the two), and give the same value for every
/// key the analyzer knows (integer enums as numbers, string enums as their strings).
/// </summary>
public sealed class FactsAgreementTests
{
    private const string Source = """
        using ProfileAsCode;
        using ProfileAsCode.Apple;

        namespace Consumer;

        [PreferenceDomain("com.example.app")]
        public sealed record AppSettings { [PayloadKey("Name")] public string? Name { get; init; } }

        [PayloadIntegerValues] public enum Level { Low = 1, High = 2 }

        public enum Mode { [PayloadValue("on-value")] On }

        [ApplePayload("com.example.levels")]
        public sealed record LevelSettings
        {
            [PayloadKey("Level")] public Level? Level { get; init; }
            [PayloadKey("Mode")] public Mode? Mode { get; init; }
        }

        [ConfigurationProfile("com.example.facts", MinimumMacOS = "14.0", Scope = ProfileScope.User)]
        public sealed record FactsProfile
        {
            public AppSettings App { get; init; } = new() { Name = "n" };
            public LevelSettings Levels { get; init; } = new() { Level = Consumer.Level.High, Mode = Consumer.Mode.On };
            public WiFi Network { get; init; } = new() { SSIDSTR = "Contoso", EAPClientConfiguration = new() { AcceptEAPTypes = [WiFi.EAPType.Peap, WiFi.EAPType.Ttls] } };
            public Notifications Alerts { get; init; } = new() { NotificationSettings = [new() { BundleIdentifier = "com.jamf.connect", AlertType = Notifications.AlertType.PersistentBanner }] };
            public CertificateRoot Root { get; init; } = new() { PayloadCertificateFileName = "root.cer", PayloadContent = [0x30, 0x82] };
        }

        [ConfigurationProfile("com.example.plain")]
        public sealed record PlainProfile
        {
            public AppSettings App { get; init; } = new() { Name = "n" };
        }
        """;

    private static readonly Lazy<(Compilation Compilation, Assembly Assembly)> Compiled = new(() =>
    {
        var compilation = TestCompilation.Create(Source);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return (compilation, Assembly.Load(image.ToArray()));
    });

    [Theory]
    [InlineData("FactsProfile")]
    [InlineData("PlainProfile")]
    public void AnalyzerAndBuildHost_GiveTheSameProfileAndPayloadFacts(string profile)
    {
        var editor = Describe(AnalyzerFacts(profile));
        var build = Describe(HostFacts(profile));

        Assert.Equal(build.Profile, editor.Profile);
        Assert.Equal(build.Payloads, editor.Payloads);
        Assert.All(editor.KnownKeys, key => Assert.Contains(key, build.KnownKeys));
    }

    [Fact]
    public void TheFacts_SayWhatTheSourceSays()
    {
        var editor = Describe(AnalyzerFacts("FactsProfile"));

        Assert.Equal("com.example.facts | 14.0 | User", editor.Profile);
        Assert.Equal(["com.example.app PreferenceDomain", "com.example.levels ApplePayload", "com.apple.wifi.managed ApplePayload", "com.apple.notificationsettings ApplePayload", "com.apple.security.root ApplePayload"], editor.Payloads);
        Assert.Contains("com.apple.security.root PayloadCertificateFileName = root.cer", editor.KnownKeys);
        Assert.Contains("com.example.levels Level = 2", editor.KnownKeys);
        Assert.Contains("com.example.levels Mode = on-value", editor.KnownKeys);
        Assert.Contains("com.apple.wifi.managed EAPClientConfiguration.AcceptEAPTypes = [25, 21]", editor.KnownKeys);
        Assert.Contains("com.apple.notificationsettings NotificationSettings[0].AlertType = 2", editor.KnownKeys); // a list item's keys, read in place
        Assert.Contains("com.apple.notificationsettings NotificationSettings[0].BundleIdentifier = com.jamf.connect", editor.KnownKeys);
        Assert.Equal("com.example.plain |  | System", Describe(AnalyzerFacts("PlainProfile")).Profile);
    }

    [Fact]
    public void BothSides_MarkTheSameDictionariesAndListItems()
    {
        Assert.Equal(Paths(HostFacts("FactsProfile")), Paths(AnalyzerFacts("FactsProfile")));
    }

    /// <summary>A profile whose Apple payloads Apple's schema accepts: no analyzer reports anything (the schema rules included).</summary>
    [Fact]
    public async Task EveryAnalyzer_IsSilent_OnValidApplePayloads()
    {
        var diagnostics = await Compiled.Value.Compilation.WithAnalyzers(AllAnalyzers.Create()).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(diagnostics.Select(d => d.ToString()));
    }

    private static ProfileFacts AnalyzerFacts(string profile)
    {
        var compilation = Compiled.Value.Compilation;
        var symbols = ProfileAsCodeSymbols.TryCreate(compilation)!;
        var type = compilation.GetTypeByMetadataName("Consumer." + profile)!;
        var attribute = symbols.FindAttribute(type, symbols.ConfigurationProfile)!;
        var payloads = new List<PayloadFacts>();
        foreach (var declaration in type.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<RecordDeclarationSyntax>().SelectMany(r => r.Members.OfType<PropertyDeclarationSyntax>()))
        {
            var model = compilation.GetSemanticModel(declaration.SyntaxTree);
            var initializer = (IPropertyInitializerOperation)model.GetOperation(declaration.Initializer!)!;
            var schema = symbols.Schemas.ForPayload(initializer.InitializedProperties.Single().Type)!;
            payloads.Add(PayloadFactsBuilder.FromValue(symbols, schema, initializer.Value, Location.None));
        }

        return ProfileAttributeReader.ProfileFacts(attribute, payloads, Location.None);
    }

    private static object HostFacts(string profile) =>
        Host.Profiles.Mapping.ProfileBuilder.Build(Compiled.Value.Assembly.GetType("Consumer." + profile, throwOnError: true)!).Facts;

    // The two sides hold their own copies of the rule engine's types (the analyzer links the sources): read both alike.
    private static Description Describe(object facts)
    {
        var profile = $"{Get(facts, "Identifier")} | {Get(facts, "MinimumMacOS")} | {Get(facts, "Scope")}";
        var payloads = new List<string>();
        var known = new List<string>();
        foreach (var payload in (IEnumerable)Get(facts, "Payloads")!)
        {
            var domain = Get(payload, "Domain");
            payloads.Add($"{domain} {Get(payload, "Kind")}");
            foreach (var key in (IEnumerable)Get(payload, "Keys")!)
            {
                var value = Get(key, "Value")!;
                if ((bool)Get(value, "IsKnown")!)
                {
                    known.Add($"{domain} {Get(key, "KeyPath")} = {Render(value)}");
                }
            }
        }

        return new Description(profile, payloads, known);
    }

    // Every key path of the Apple payloads (typed keys, marked dictionaries, list items), known or not.
    private static List<string> Paths(object facts)
    {
        var paths = new List<string>();
        foreach (var payload in (IEnumerable)Get(facts, "Payloads")!)
        {
            if (Get(payload, "Kind")!.ToString() == "ApplePayload")
            {
                paths.AddRange(((IEnumerable)Get(payload, "Keys")!).Cast<object>().Select(key => $"{Get(payload, "Domain")} {Get(key, "KeyPath")}"));
            }
        }

        paths.Sort(StringComparer.Ordinal);
        return paths;
    }

    private static string Render(object factValue) => Get(factValue, "Value") switch
    {
        string text => text,
        IEnumerable items => "[" + string.Join(", ", items.Cast<object>().Select(Render)) + "]",
        var scalar => Convert.ToString(scalar, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
    };

    private static object? Get(object target, string property) => target.GetType().GetProperty(property)!.GetValue(target);

    private sealed record Description(string Profile, IReadOnlyList<string> Payloads, IReadOnlyList<string> KnownKeys);
}

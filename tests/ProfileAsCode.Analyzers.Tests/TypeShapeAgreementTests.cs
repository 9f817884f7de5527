extern alias library;

using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ProfileAsCode.Analyzers.Facts;
using ProfileAsCode.Analyzers.Tests.Infrastructure;
using ProfileAsCode.Shapes;
using Host = library::ProfileAsCode;

namespace ProfileAsCode.Analyzers.Tests;

/// <summary>
/// One table, both adapters of the one classification (src/ProfileAsCode/Shapes): the table's types are
/// compiled once with Roslyn; the analyzer's model reads them as symbols, the build host's as System.Type from
/// that same assembly, loaded. Each must give the hand-written expectation: the kind, the PAC3004 verdict of a
/// property of that type, and for records the payload marker, the properties in order with their keys and value
/// rules, and their own PAC3004/PAC3005 findings; for enums whether they write integers, and what each member is written as. The analyzer and the build host
/// then report the verdict where users see it. Every attribute the model reads by name ([PreferenceDomain],
/// [ApplePayload], [PayloadKey], [AdditionalKeys], [PayloadValue], [PayloadIntegerValues] and the five value rules) is in the table.
/// </summary>
public sealed class TypeShapeAgreementTests
{
    private const string UserTypes = """
        using System;
        using System.Collections;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using ProfileAsCode;
        using ProfileAsCode.PropertyList;

        namespace Shapes;

        public sealed class ClassWithoutPayloadKeys { public string? Name { get; set; } }
        public struct PlainStruct { public int Port { get; set; } }
        public sealed record InnerRecord { public int? Count { get; init; } [PayloadKey("Label")] public string? Text { get; init; } }
        public sealed record OuterRecord { public string? Name { get; init; } public InnerRecord? Inner { get; init; } }
        public interface IUserInterface { string? Name { get; } }
        public abstract class AbstractBase { public string? Name { get; set; } }
        public delegate void UserDelegate();
        public enum Mode { [PayloadValue("on-value")] On, Off, Alias = On }
        [PayloadIntegerValues] public enum Level { Low = 1, [PayloadValue("ignored")] High = 2, Below = -1 }
        [PayloadIntegerValues] public enum Huge : ulong { Max = ulong.MaxValue }

        // Base first, declaration order; `new` and `override` take the base property's place; an override keeps the base's attributes it does not repeat.
        public class BaseSettings
        {
            [PayloadKey("BaseName")] public string? Name { get; init; }
            public int Count { get; init; }
            [PayloadKey("Level")] public virtual string? Level { get; init; }
            [EntraTenantId(ProviderKey = "Provider")] public virtual string? Tenant { get; init; }
        }

        public sealed class DerivedSettings : BaseSettings
        {
            public string? Extra { get; init; }
            [PayloadKey("NewName")] public new string? Name { get; init; }
            public override string? Level { get; init; }
            [Secret] public override string? Tenant { get; init; }
        }

        public sealed class BaseWithDecimal : AbstractBase { public decimal Price { get; init; } }

        public sealed record RuleOrder
        {
            [Secret, AbsoluteUri("https", "ldaps"), EntraTenantId] public string? Mixed { get; init; }
            [ScopeList(ProviderKey = "P", Usage = ScopeUsage.PasswordGrant, Separator = ScopeSeparator.Space)] public string? Scopes { get; init; }
            [AbsoluteUri] public string? Https { get; init; }
            [EntraClientId(ProviderKey = "P")] public string? Client { get; init; }
        }

        public sealed record Positional(string? First, int Second) { public string? Third { get; init; } }

        public sealed class Visibility
        {
            public string? Shown { get; init; }
            public string? WriteOnly { private get; init; }
            internal string? Internal { get; init; }
            public static string? Static { get; set; }
            public string? this[int index] => null;
        }

        [PreferenceDomain("com.example.domain", DisplayName = "Example")]
        public sealed record DomainSettings { [PayloadKey("URL")] public string? Url { get; init; } }

        [ApplePayload("com.apple.example")]
        public sealed record AppleSettings { public bool? Enabled { get; init; } }

        public sealed record Extras
        {
            [PayloadKey("A")] public string? A { get; init; }
            [AdditionalKeys] public IReadOnlyDictionary<string, object?>? More { get; init; }
        }

        [ApplePayload("com.apple.security.root")]
        public sealed record CertificateLike
        {
            [PayloadKey("PayloadCertificateFileName")] public string? FileName { get; init; }
            [PayloadKey("PayloadContent")] public byte[]? Content { get; init; }
            [PayloadKey("PayloadEnabled")] public bool? Enabled { get; init; }
        }

        public sealed record Colliding
        {
            [PayloadKey("K")] public string? First { get; init; }
            [PayloadKey("K")] public string? Second { get; init; }
            [PayloadKey("PayloadUUID")] public string? Uuid { get; init; }
        }

        public sealed class TwoSequences : IEnumerable<string>, IEnumerable<int>
        {
            IEnumerator<string> IEnumerable<string>.GetEnumerator() => throw new NotSupportedException();
            IEnumerator<int> IEnumerable<int>.GetEnumerator() => throw new NotSupportedException();
            IEnumerator IEnumerable.GetEnumerator() => throw new NotSupportedException();
        }

        public sealed class Node : List<Node> { }

        public sealed record WithRequired { public required string Name { get; init; } public IReadOnlyList<Mode>? Modes { get; init; } }
        """;

    // (declared type of a payload property, expected summary). Summary: the verdict on the property, the kind
    // (with element kinds) | for a record: marker, members "DeclaredBy→Key[rules]" | its own findings;
    // for an enum: member=written string.
    private static readonly (string Declared, string Expected)[] Table =
    [
        ("ClassWithoutPayloadKeys", "ok Record | ClassWithoutPayloadKeys.Name→Name"),
        ("PlainStruct", "ok Record | PlainStruct.Port→Port"),
        ("PlainStruct?", "ok Record | PlainStruct.Port→Port"),
        ("OuterRecord", "ok Record | OuterRecord.Name→Name, OuterRecord.Inner→Inner"),
        ("InnerRecord", "ok Record | InnerRecord.Count→Count, InnerRecord.Text→Label"),
        ("Dictionary<string, int>", "ok Dictionary<String, Integer>"),
        ("Dictionary<int, string>", "PAC3004 Dictionary<Integer, String>"),
        ("Dictionary<ushort, string>", "PAC3004 Dictionary<Integer, String>"),
        ("IReadOnlyDictionary<string, IReadOnlyList<long>>", "ok Dictionary<String, Array>"),
        ("List<string>", "ok Array<String>"),
        ("List<decimal>", "PAC3004 Array<Unsupported>"),
        ("List<object>", "PAC3004 Array<Unsupported>"),
        ("string[]", "ok Array<String>"),
        ("int[,]", "PAC3004 Unsupported"),
        ("byte[]", "ok Data"),
        ("ImmutableArray<byte>", "ok Data"),
        ("ReadOnlyMemory<byte>", "ok Data"),
        ("ImmutableArray<string>", "ok Array<String>"),
        ("TwoSequences", "ok Array<Integer>"),
        ("Node", "PAC3004 Array<Array>"),
        ("string", "ok String"),
        ("bool?", "ok Boolean"),
        ("ulong", "ok Integer"),
        ("float", "ok Real"),
        ("DateTime?", "ok Date"),
        ("DateTimeOffset", "ok Date"),
        ("Mode", "ok Enum | On=on-value, Off=Off, Alias=Alias"),
        ("Mode?", "ok Enum | On=on-value, Off=Off, Alias=Alias"),
        ("Level", "ok Enum | integers | Low=1, High=2, Below=-1"),
        ("IReadOnlyList<Level?>", "ok Array<Enum>"),
        ("Huge?", "ok Enum | integers | Max=18446744073709551615"),
        ("DayOfWeek", "ok Enum | Sunday=Sunday, Monday=Monday, Tuesday=Tuesday, Wednesday=Wednesday, Thursday=Thursday, Friday=Friday, Saturday=Saturday"),
        ("PlistValue", "ok PlistValue"),
        ("PlistString", "ok PlistValue"),
        ("IUserInterface", "PAC3004 Unsupported"),
        ("AbstractBase", "PAC3004 Unsupported"),
        ("UserDelegate", "PAC3004 Unsupported"),
        ("object", "PAC3004 Unsupported"),
        ("decimal", "PAC3004 Unsupported"),
        ("char", "PAC3004 Unsupported"),
        ("Guid", "PAC3004 Unsupported"),
        ("Uri", "PAC3004 Unsupported"),
        ("TimeSpan?", "PAC3004 Unsupported"),
        ("Microsoft.Win32.SafeHandles.SafeFileHandle", "PAC3004 Unsupported"),
        ("(int, string)", "PAC3004 Unsupported"),
        ("DerivedSettings", "ok Record | DerivedSettings.Name→NewName, BaseSettings.Count→Count, DerivedSettings.Level→Level, DerivedSettings.Tenant→Tenant[EntraTenantId(Provider), Secret], DerivedSettings.Extra→Extra"),
        ("BaseWithDecimal", "ok Record | AbstractBase.Name→Name, BaseWithDecimal.Price→Price | PAC3004"),
        ("RuleOrder", "ok Record | RuleOrder.Mixed→Mixed[EntraTenantId, AbsoluteUri(https ldaps), Secret], RuleOrder.Scopes→Scopes[ScopeList(P PasswordGrant Space)], RuleOrder.Https→Https[AbsoluteUri()], RuleOrder.Client→Client[EntraClientId(P)]"),
        ("Positional", "ok Record | Positional.First→First, Positional.Second→Second, Positional.Third→Third"),
        ("Visibility", "ok Record | Visibility.Shown→Shown"),
        ("DomainSettings", "ok Record PreferenceDomain(com.example.domain, Example) | DomainSettings.Url→URL"),
        ("AppleSettings", "ok Record ApplePayload(com.apple.example) | AppleSettings.Enabled→Enabled"),
        ("Extras", "ok Record | Extras.A→A, Extras.More (additional keys)"),
        ("WithRequired", "ok Record | WithRequired.Name→Name, WithRequired.Modes→Modes"),
        ("IReadOnlyList<InnerRecord>", "ok Array<Record>"),
        ("IReadOnlyList<Mode>", "ok Array<Enum>"),
        ("Colliding", "ok Record | Colliding.First→K, Colliding.Second→K, Colliding.Uuid→PayloadUUID | PAC3005, PAC3005"),
        ("CertificateLike", "ok Record ApplePayload(com.apple.security.root) | CertificateLike.FileName→PayloadCertificateFileName, CertificateLike.Content→PayloadContent, CertificateLike.Enabled→PayloadEnabled | PAC3005"),
    ];

    private static readonly Lazy<Compiled> Types = new(Compile);

    public static TheoryData<string, string> Rows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var (declared, expected) in Table)
        {
            rows.Add(declared, expected);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task BothAdapters_ClassifyTheType_AsTheTableSays(string declared, string expected)
    {
        var holder = "Holder" + Array.FindIndex(Table, row => row.Declared == declared).ToString(CultureInfo.InvariantCulture);
        var compiled = Types.Value;

        var symbols = DescribeSymbols(compiled.Symbols, compiled.Compilation.GetTypeByMetadataName("Shapes." + holder)!);
        var types = DescribeTypes(compiled.Assembly.GetType("Shapes." + holder, throwOnError: true)!);

        Assert.Equal(expected, symbols.Summary);
        Assert.Equal(expected, types.Summary);
        Assert.Equal(symbols.Messages, types.Messages);

        // Where users see the verdict: the analyzer's diagnostics in the holder, the build host's shape problems of it.
        var verdict = expected.StartsWith("ok ", StringComparison.Ordinal) ? [] : new[] { "PAC3004" };
        Assert.Equal(verdict, (await compiled.Diagnostics.Value).Where(d => d.Holder == holder).Select(d => d.Id));
        Assert.Equal(verdict, Host.Profiles.Mapping.ShapeCatalog.RecordShapeOf(compiled.Assembly.GetType("Shapes." + holder)!).Problems.Select(p => p.Rule.Id));
    }

    [Fact]
    public void Messages_NameTypesAsCSharpWritesThem_OnBothSides()
    {
        var compiled = Types.Value;
        var holder = "Holder" + Array.FindIndex(Table, row => row.Declared == "Dictionary<ushort, string>").ToString(CultureInfo.InvariantCulture);

        var message = Assert.Single(DescribeTypes(compiled.Assembly.GetType("Shapes." + holder)!).Messages);

        Assert.StartsWith($"Property '{holder}.Value' of type 'Dictionary<ushort, string>' cannot be written into a property list: 'Dictionary<ushort, string>' has 'ushort' keys, but property-list dictionary keys are strings.", message);
    }

    [Fact]
    public void LibraryRecords_LayOutAlike_ReadFromMetadataAndByReflection()
    {
        // The records users compile against (Jamf Connect's today, Apple's payloads next) and every record and enum
        // they reach, as the analyzer sees them in a reference and the build host by reflection.
        var host = Host.Profiles.Mapping.ShapeCatalog.Model;
        var compilation = TestCompilation.Create("namespace Consumer;");
        var symbols = ProfileAsCodeSymbols.TryCreate(compilation)!.Shapes;
        var reached = new List<Type>();
        foreach (var payload in typeof(Host.ConfigurationProfileAttribute).Assembly.GetTypes().Where(t => host.MarkerOf(t) is not null))
        {
            Reach(payload, reached);
        }

        Assert.Contains(reached, type => type.Name == "JamfConnectLogin");
        Assert.Contains(reached, type => type.Name == "MenuBarIdPSettings");
        Assert.Contains(reached, type => type.Name == "IdentityProvider");
        foreach (var type in reached)
        {
            var symbol = compilation.GetTypeByMetadataName(type.FullName!)!;
            Assert.Equal(TypeSummary(type), SymbolSummary(symbols, symbol));
        }
    }

    private static void Reach(Type type, List<Type> reached)
    {
        var model = Host.Profiles.Mapping.ShapeCatalog.Model;
        var classified = model.Classify(type);
        if (classified.Kind.ToString() is not ("Record" or "Enum" or "Array" or "Dictionary") || reached.Contains(classified.Type))
        {
            return;
        }

        if (classified.Kind.ToString() is "Array" or "Dictionary")
        {
            Reach(classified.Element!, reached);
            return;
        }

        reached.Add(classified.Type);
        foreach (var member in classified.Kind.ToString() == "Record" ? model.Layout(classified.Type).Members : [])
        {
            Reach(member.Declaration.Property.PropertyType, reached);
        }
    }

    private static Description DescribeSymbols(ShapeModel<ITypeSymbol, IPropertySymbol> model, ITypeSymbol holder)
    {
        var layout = model.Layout(holder);
        var value = Assert.Single(layout.Members).Type;
        var summary = Verdict(layout.Problems.Select(p => p.Rule.Id)) + " " + Kind(value.Kind.ToString(), value.Key is null ? null : model.Classify(value.Key).Kind.ToString(), value.Element is null ? null : model.Classify(value.Element).Kind.ToString());
        var messages = layout.Problems.Select(p => p.Message).ToList();
        if (value.Kind.ToString() is "Record" or "Enum")
        {
            summary += SymbolSummary(model, value.Type);
            messages.AddRange(value.Kind.ToString() == "Record" ? model.Layout(value.Type).Problems.Select(p => p.Message) : []);
        }

        return new Description(summary, messages);
    }

    private static Description DescribeTypes(Type holder)
    {
        var model = Host.Profiles.Mapping.ShapeCatalog.Model;
        var layout = model.Layout(holder);
        var value = Assert.Single(layout.Members).Type;
        var summary = Verdict(layout.Problems.Select(p => p.Rule.Id)) + " " + Kind(value.Kind.ToString(), value.Key is null ? null : model.Classify(value.Key).Kind.ToString(), value.Element is null ? null : model.Classify(value.Element).Kind.ToString());
        var messages = layout.Problems.Select(p => p.Message).ToList();
        if (value.Kind.ToString() is "Record" or "Enum")
        {
            summary += TypeSummary(value.Type);
            messages.AddRange(value.Kind.ToString() == "Record" ? model.Layout(value.Type).Problems.Select(p => p.Message) : []);
        }

        return new Description(summary, messages);
    }

    // A record: marker | members | own findings. An enum: | member=written string.
    private static string SymbolSummary(ShapeModel<ITypeSymbol, IPropertySymbol> model, ITypeSymbol type)
    {
        if (model.Classify(type).Kind.ToString() == "Enum")
        {
            var layout = model.EnumLayout(type);
            return (layout.WritesIntegers ? " | integers" : "") + " | " + string.Join(", ", layout.Values.Select(v => v.Name + "=" + v.Written));
        }

        var record = model.Layout(type);
        return Marker(record.Marker?.Kind.ToString(), record.Marker?.Identifier, record.Marker?.DisplayName)
            + " | " + string.Join(", ", record.Members.Select(m => Member(m.DeclaredBy, m.Key, m.IsAdditionalKeys, m.Rules.Select(r => Rule(r.Kind.ToString(), r.ProviderKey, r.Usage.ToString(), r.Separator.ToString(), r.Schemes)))))
            + Problems(record.Problems.Select(p => p.Rule.Id));
    }

    private static string TypeSummary(Type type)
    {
        var model = Host.Profiles.Mapping.ShapeCatalog.Model;
        if (model.Classify(type).Kind.ToString() == "Enum")
        {
            var layout = model.EnumLayout(type);
            return (layout.WritesIntegers ? " | integers" : "") + " | " + string.Join(", ", layout.Values.Select(v => v.Name + "=" + v.Written));
        }

        var record = model.Layout(type);
        return Marker(record.Marker?.Kind.ToString(), record.Marker?.Identifier, record.Marker?.DisplayName)
            + " | " + string.Join(", ", record.Members.Select(m => Member(m.DeclaredBy, m.Key, m.IsAdditionalKeys, m.Rules.Select(r => Rule(r.Kind.ToString(), r.ProviderKey, r.Usage.ToString(), r.Separator.ToString(), r.Schemes)))))
            + Problems(record.Problems.Select(p => p.Rule.Id));
    }

    private static string Kind(string kind, string? key, string? element) =>
        kind + (key is not null ? $"<{key}, {element}>" : element is not null ? $"<{element}>" : "");

    private static string Verdict(IEnumerable<string> ids) => ids.Any() ? string.Join(",", ids) : "ok";

    private static string Marker(string? kind, string? identifier, string? displayName) =>
        kind is null ? "" : $" {kind}({identifier}{(displayName is null ? "" : ", " + displayName)})";

    private static string Member(string declaredBy, string key, bool isAdditionalKeys, IEnumerable<string> rules) =>
        isAdditionalKeys ? declaredBy + " (additional keys)" : $"{declaredBy}→{key}" + (rules.Any() ? "[" + string.Join(", ", rules) + "]" : "");

    private static string Rule(string kind, string? providerKey, string usage, string separator, IReadOnlyList<string> schemes) => kind switch
    {
        "ScopeList" => $"ScopeList({providerKey} {usage} {separator})",
        "AbsoluteUri" => $"AbsoluteUri({string.Join(" ", schemes)})",
        _ => providerKey is null ? kind : $"{kind}({providerKey})",
    };

    private static string Problems(IEnumerable<string> ids) => ids.Any() ? " | " + string.Join(", ", ids) : "";

    private static Compiled Compile()
    {
        var holders = string.Join("\n", Table.Select((row, index) => $$"""
            [PreferenceDomain("com.example.holder{{index}}")]
            public sealed record Holder{{index}} { public {{row.Declared}} Value { get; init; } }
            """));
        var compilation = TestCompilation.Create(UserTypes + "\n" + holders);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var symbols = ProfileAsCodeSymbols.TryCreate(compilation)!.Shapes;
        return new Compiled(compilation, Assembly.Load(image.ToArray()), symbols, new Lazy<Task<IReadOnlyList<(string, string)>>>(() => AnalyzerDiagnostics(compilation)));
    }

    private static async Task<IReadOnlyList<(string Holder, string Id)>> AnalyzerDiagnostics(Compilation compilation)
    {
        var diagnostics = await compilation.WithAnalyzers([new RecordShapeAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .Select(d => (d.Location.SourceTree!.GetRoot().FindNode(d.Location.SourceSpan).FirstAncestorOrSelf<TypeDeclarationSyntax>()!.Identifier.Text, d.Id))
            .ToList();
    }

    private sealed record Compiled(
        Compilation Compilation,
        Assembly Assembly,
        ShapeModel<ITypeSymbol, IPropertySymbol> Symbols,
        Lazy<Task<IReadOnlyList<(string Holder, string Id)>>> Diagnostics);

    private sealed record Description(string Summary, IReadOnlyList<string> Messages);
}

namespace ProfileAsCode.Analyzers.Tests.Robustness;

/// <summary>
/// Sources an analyzer meets in real editors and that the rule tests do not write: partial and generic records, records
/// that reference themselves, every kind of string literal, odd attribute arguments, duplicate enum values, code that
/// does not bind. Each must be analyzed without an analyzer exception (AD0001).
/// </summary>
internal static class UnusualSources
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using ProfileAsCode;
        using ProfileAsCode.JamfConnect;

        """;

    public static IEnumerable<(string Name, string Source)> All()
    {
        yield return ("partial records", Usings + """
            namespace C;
            [ConfigurationProfile("com.c.partial")]
            public sealed partial record P { public JamfConnectLogin Login { get; init; } = new() { OidcTenant = "common" }; }
            public sealed partial record P { public JamfConnectMenuBar MenuBar { get; init; } = new() { IdPSettings = new() { TenantId = "x" } }; }
            [PreferenceDomain("com.c.custom")] public partial record Custom { [PayloadKey("A")] public string? A { get; init; } }
            public partial record Custom { [PayloadKey("A")] public string? B { get; init; } }
            [ConfigurationProfile("com.c.partial2")] public sealed partial record Q { public Custom C { get; init; } = new() { A = "1", B = "2" }; }
            """);

        yield return ("generic records", Usings + """
            namespace C;
            [PreferenceDomain("com.c.gen")]
            public sealed record Gen<T> { [PayloadKey("Value")] public T? Value { get; init; } [PayloadKey("List")] public IReadOnlyList<T>? List { get; init; } }
            [ConfigurationProfile("com.c.generic")]
            public sealed record P
            {
                public Gen<int> G { get; init; } = new() { Value = 1, List = [1, 2] };
                public Gen<Gen<string>> GG { get; init; } = new() { Value = new() { Value = "x" } };
                public Gen<Missing>? Open { get; init; }
            }
            [ConfigurationProfile("com.c.generic.profile")]
            public sealed record Q<T> where T : new() { public Gen<T> G { get; init; } = new() { Value = new T() }; }
            """);

        yield return ("records that reference themselves", Usings + """
            namespace C;
            [PreferenceDomain("com.c.self")]
            public sealed record Node
            {
                [PayloadKey("Child")] public Node? Child { get; init; }
                [PayloadKey("Children")] public IReadOnlyList<Node>? Children { get; init; }
                [PayloadKey("Map")] public IReadOnlyDictionary<string, Node>? Map { get; init; }
            }
            public sealed record A { [PayloadKey("B")] public B? B { get; init; } }
            public sealed record B { [PayloadKey("A")] public A? A { get; init; } }
            [PreferenceDomain("com.c.mutual")] public sealed record M { [PayloadKey("A")] public A? A { get; init; } }
            [ConfigurationProfile("com.c.self")]
            public sealed record P
            {
                public Node N { get; init; } = new() { Child = new() { Child = new() }, Children = [new(), new() { Children = [] }], Map = new Dictionary<string, Node> { ["x"] = new() } };
                public M Mutual { get; init; } = new() { A = new() { B = new() { A = new() } } };
                public P? Me { get; init; }
            }
            """);

        yield return ("interpolated, raw, verbatim and UTF-8 literals", Usings + """"
            namespace C;
            public static class K { public const string T = "9f1c8b2e-4d3a-4c5b-8e6f-7a8b9c0d1e2f"; public const string Domain = $"com.c.{nameof(K)}"; }
            [ConfigurationProfile($"com.c.{nameof(P)}", DisplayName = $"""{K.T}""")]
            public sealed record P
            {
                public JamfConnectLogin Login { get; init; } = new()
                {
                    OidcTenant = $"{K.T}",
                    OidcClientId = $"""{K.T}""",
                    OidcRedirectUri = """
                        https://127.0.0.1/jamfconnect
                        """,
                    OidcScopes = "openid" + " " + $"{K.T}/x" + $"{1 + 1}",
                    RopgScopes = @"verbatim\x ""quoted""",
                    OidcAdminAttribute = "\u0000\uD800",
                    RopgTenant = $@"{K.T}",
                    OidcDiscoveryUrl = $"{DateTime.Now}",
                    OidcRopgId = "x"u8.ToString(),
                    AdditionalKeys = new Dictionary<string, object?> { [$"{K.T}"] = $"{K.T}", [@"k"] = """raw""", ["u8"] = "x"u8.ToArray() },
                };
            }
            [PreferenceDomain(K.Domain)] public sealed record Custom { [PayloadKey($"{nameof(Value)}")] public string? Value { get; init; } = $"{nameof(Custom)}"; }
            """");

        yield return ("wrong attribute arguments", Usings + """
            namespace C;
            [ConfigurationProfile(42)] public sealed record P1 { public JamfConnectLogin Login { get; init; } = new(); }
            [ConfigurationProfile(null)] public sealed record P2 { public JamfConnectLogin Login { get; init; } = new(); }
            [ConfigurationProfile] public sealed record P3 { }
            [ConfigurationProfile("com.c.p4", "extra", Uuid = "not-a-uuid", Scope = (ProfileScope)99, PayloadForm = (PreferencePayloadForm)(-1), Nope = 1)]
            public sealed record P4 { [PayloadIdentity(Uuid = 5, Identifier = null, DisplayName = "")] public Custom C { get; init; } = new(); }
            [PreferenceDomain(typeof(int))] public sealed record Custom
            {
                [PayloadKey(null)] public string? A { get; init; }
                [PayloadKey] public string? B { get; init; }
                [PayloadKey("c", "d")] public string? C { get; init; }
                [PayloadKey(""), PayloadKey("dup")] public string? D { get; init; }
                [PayloadKey(1.5)] public int E { get; init; }
                [EntraTenantId(ProviderKey = null), EntraClientId(ProviderKey = 7), ScopeList(Usage = (ScopeUsage)42, Separator = (ScopeSeparator)9)] public int F { get; init; }
                [AbsoluteUri(null), AbsoluteUri("https", null)] public Uri? G { get; init; }
                [PayloadIntegerValues] public string? H { get; init; }
                [Secret] public IReadOnlyList<string>? I { get; init; }
                [AdditionalKeys] public string? J { get; init; }
                [AdditionalKeys] public Dictionary<int, object>? K { get; init; }
            }
            [PreferenceDomain(null)] public sealed record NullDomain { [PayloadKey("k")] public string? K { get; init; } }
            [PreferenceDomain("")] public sealed record EmptyDomain { [PayloadKey("k")] public string? K { get; init; } }
            [ApplePayload(null)] public sealed record NullApple { }
            [ApplePayload("com.apple.dock"), PreferenceDomain("com.c.both")] public sealed record Both { [PayloadKey("autohide")] public string? AutoHide { get; init; } }
            [ConfigurationProfile("com.c.p5")] public sealed record P5 { public NullDomain N { get; init; } = new() { K = "1" }; public EmptyDomain E { get; init; } = new() { K = "2" }; public Both B { get; init; } = new() { AutoHide = "yes" }; public NullApple A { get; init; } = new(); }
            """);

        yield return ("missing usings", """
            namespace C;
            [ConfigurationProfile("com.c.nousing")]
            public sealed record P { public JamfConnectLogin Login { get; init; } = new() { OidcTenant = "common", OidcProvider = IdentityProvider.EntraId }; }
            [PreferenceDomain("com.c.x")] public sealed record X { [PayloadKey("a")] public string? A { get; init; } }
            """);

        yield return ("enums with duplicate values", Usings + """
            namespace C;
            public enum Dup { [PayloadValue("A")] A = 1, [PayloadValue("B")] B = 1, C = 1, [PayloadValue(null)] D = 2, [PayloadValue("A")] E = 3, [PayloadValue("")] F = -1 }
            [Flags] public enum Flags { None = 0, X = 1, Y = 2, XY = 3 }
            public enum Empty { }
            public enum Big : ulong { Max = ulong.MaxValue, [PayloadValue("max")] AlsoMax = ulong.MaxValue }
            [PreferenceDomain("com.c.enums")]
            public sealed record E
            {
                [PayloadKey("Dup")] public Dup? D { get; init; }
                [PayloadKey("Dups")] public IReadOnlyList<Dup>? Ds { get; init; }
                [PayloadKey("Flags")] public Flags F { get; init; }
                [PayloadKey("Empty")] public Empty? Z { get; init; }
                [PayloadKey("Big")] public Big? B { get; init; }
            }
            [ConfigurationProfile("com.c.enums")]
            public sealed record P
            {
                public E Values { get; init; } = new() { D = Dup.B, Ds = [Dup.A, Dup.C, (Dup)42, default], F = Flags.X | Flags.Y, Z = (Empty)3, B = Big.AlsoMax };
                public JamfConnectLogin Login { get; init; } = new() { OidcProvider = (IdentityProvider)77, RopgProvider = (RopgProvider)(-5) };
            }
            """);

        yield return ("odd members", Usings + """
            namespace C;
            [PreferenceDomain("com.c.members")]
            public sealed record R
            {
                [PayloadKey("Static")] public static string? Static { get; set; } = "s";
                [PayloadKey("Body")] public string? Body { get => throw new InvalidOperationException(); init { } }
                [PayloadKey("Arrow")] public string Arrow => "a";
                [PayloadKey("Private")] private string? Private { get; init; }
                [PayloadKey("Field")] public string? Field;
                [PayloadKey("Object")] public object? Object { get; init; }
                [PayloadKey("Dynamic")] public dynamic? Dynamic { get; init; }
                [PayloadKey("Delegate")] public Func<int>? Delegate { get; init; }
                [PayloadKey("Tuple")] public (int, string)? Tuple { get; init; }
                [PayloadKey("Array2")] public int[,]? Array2 { get; init; }
                [PayloadKey("Jagged")] public int[][]? Jagged { get; init; }
                [PayloadKey("Nullable")] public int?[]? Nullable { get; init; }
                public string this[int i] => "";
                public void Method() { }
                public sealed record Nested { [PayloadKey("n")] public int N { get; init; } }
                [PayloadKey("NestedValue")] public Nested? NestedValue { get; init; }
            }
            [PreferenceDomain("com.c.struct")] public record struct S { [PayloadKey("A")] public int A { get; init; } }
            [PreferenceDomain("com.c.class")] public class Cls { [PayloadKey("A")] public int A { get; set; } }
            [PreferenceDomain("com.c.interface")] public interface I { [PayloadKey("A")] int A { get; } }
            [ConfigurationProfile("com.c.members")]
            public sealed record P
            {
                public R Members { get; init; } = new() { Body = null, Object = new object(), Dynamic = 1, Delegate = () => 1, Tuple = (1, "x"), Jagged = [[1], []], Nullable = [null, 1], NestedValue = new() { N = int.MinValue } };
                public S Struct { get; init; } = new() { A = 1 };
                public Cls Class { get; init; } = new() { A = 2 };
                public I? Interface { get; init; }
                public JamfConnectLogin? Nothing { get; init; } = null;
                public JamfConnectLogin Default { get; init; } = default!;
                public JamfConnectLogin Thrown { get; init; } = throw new Exception();
                public JamfConnectLogin Conditional { get; init; } = DateTime.Now.Second > 1 ? new() { OidcTenant = "common" } : new() { OidcTenant = "organizations" };
                public JamfConnectLogin Spread { get; init; } = new() { OidcAdmin = [.. Admins, "x", .. new[] { "y" }] };
                private static readonly string[] Admins = ["a"];
                public JamfConnectLogin With { get; init; } = new JamfConnectLogin() with { OidcTenant = "common" };
            }
            """);

        yield return ("profiles that collide", Usings + """
            namespace C;
            [ConfigurationProfile("com.c.same", Uuid = "00000000-0000-0000-0000-000000000000")] public sealed record P1 { public JamfConnectLogin Login { get; init; } = new(); }
            [ConfigurationProfile("com.c.same", Uuid = "00000000-0000-0000-0000-000000000000")] public sealed record P2 { public JamfConnectLogin Login { get; init; } = new(); public JamfConnectLogin Login2 { get; init; } = new(); }
            [ConfigurationProfile("")] public sealed record P3 { [PayloadIdentity(Identifier = "com.c.same", Uuid = "00000000-0000-0000-0000-000000000000")] public JamfConnectLogin Login { get; init; } = new(); }
            [ConfigurationProfile("   ")] public sealed record P4 { [PayloadIdentity(Identifier = "", Uuid = "")] public JamfConnectMenuBar MenuBar { get; init; } = new(); }
            """);

        yield return ("constants that do not resolve", Usings + """
            namespace C;
            public static class K { public const string A = B; public const string B = A; public const string C = Undefined.Value; public const int D = 1 / 0; }
            [ConfigurationProfile(K.A)] public sealed record P { public JamfConnectLogin Login { get; init; } = new() { OidcTenant = K.A, OidcClientId = K.C, OidcScopes = K.D.ToString(), RopgTenant = nameof(K.A) }; }
            """);

        yield return ("top-level statements and file-scoped types", Usings + """
            Console.WriteLine(new P());
            [ConfigurationProfile("com.c.file")] file sealed record P { public JamfConnectLogin Login { get; init; } = new() { OidcTenant = "common" }; }
            [PreferenceDomain("com.c.file")] file sealed record F { [PayloadKey("k")] public string? K { get; init; } = "common"; }
            """);

        yield return ("additional keys of every shape", Usings + """
            namespace C;
            [ConfigurationProfile("com.c.additional")]
            public sealed record P
            {
                public JamfConnectLogin Login { get; init; } = new()
                {
                    AdditionalKeys = new Dictionary<string, object?>
                    {
                        [null!] = 1, ["x"] = new object(), [$"{1}"] = null, ["OIDCTenant"] = "common", ["oidctenant"] = 5,
                        ["nested"] = new Dictionary<string, object?> { ["deeper"] = new object[] { 1, "two", new Dictionary<string, object?> { ["OIDCTenant"] = "common" } } },
                        ["self"] = Self,
                    },
                };
                private static readonly Dictionary<string, object?> Self = new() { ["loop"] = null };
            }
            """);

        yield return ("deep nesting", Usings + "namespace C;\n" + DeepNesting(150));

        foreach (var (name, source) in Huge())
        {
            yield return (name, source);
        }


        yield return ("empty and broken files", "");
        yield return ("only usings", Usings);
        yield return ("garbage", "\0\u0001}}}{{{ [[[ ((( \"unterminated \n @\"also \n /* never closed");
        yield return ("attribute without a target", Usings + "[ConfigurationProfile(\"com.c.x\")]\n[PreferenceDomain(\"com.c.y\")]\n");
    }

    /// <summary>A megabyte where a few characters are expected, in each place a value is read from.</summary>
    private static IEnumerable<(string, string)> Huge()
    {
        var mb = 1 << 20;
        string Profile(string attribute, string login) => Usings + $$"""
            namespace C;
            [ConfigurationProfile({{attribute}})]
            public sealed record P { public JamfConnectLogin Login { get; init; } = new() { {{login}} }; }
            """;

        yield return ("a 1 MB profile identifier", Profile($"\"{new string('i', mb)}\", DisplayName = \"{new string('d', mb)}\"", "OidcTenant = \"common\""));
        yield return ("a 1 MB tenant", Profile("\"com.c.huge\"", $"OidcTenant = \"{new string('t', mb)}\", OidcClientId = \"{new string('c', mb)}\""));
        yield return ("a 1 MB scope list", Profile("\"com.c.huge\"", $"OidcProvider = IdentityProvider.EntraId, OidcScopes = \"{string.Concat(Enumerable.Repeat("openid+", mb / 7))}\", RopgScopes = \"{new string('s', mb)}\""));
        yield return ("a 10,000-item list", Profile("\"com.c.huge\"", $"OidcAdmin = [{string.Join(", ", Enumerable.Range(0, 10_000).Select(i => $"\"role{i}\""))}]"));
        yield return ("a 1 MB additional key", Profile("\"com.c.huge\"", $"AdditionalKeys = new Dictionary<string, object?> {{ [\"{new string('k', mb)}\"] = \"{new string('v', mb)}\" }}"));
        yield return ("a 1 MB domain and payload key", Usings + $$"""
            namespace C;
            [PreferenceDomain("{{new string('c', mb)}}")] public sealed record Huge { [PayloadKey("{{new string('k', mb)}}")] public string? K { get; init; } }
            [ConfigurationProfile("com.c.huge")] public sealed record P { public Huge H { get; init; } = new() { K = "{{new string('v', mb)}}" }; }
            """);
    }

    /// <summary>A chain of <paramref name="depth"/> nested records, each a key of the one before, set all the way down.</summary>
    private static string DeepNesting(int depth)
    {
        var records = string.Concat(Enumerable.Range(0, depth).Select(i =>
            $"public sealed record D{i} {{ [PayloadKey(\"k{i}\")] public {(i + 1 < depth ? $"D{i + 1}?" : "string?")} Next {{ get; init; }} }}\n"));
        var initializer = string.Concat(Enumerable.Repeat("new() { Next = ", depth)) + "\"end\"" + string.Concat(Enumerable.Repeat(" }", depth));
        return $"[PreferenceDomain(\"com.c.deep\")] public sealed record Deep {{ [PayloadKey(\"root\")] public D0? Root {{ get; init; }} }}\n"
            + records
            + $"[ConfigurationProfile(\"com.c.deep\")] public sealed record P {{ public Deep Deep {{ get; init; }} = new() {{ Root = {initializer} }}; }}\n";
    }
}

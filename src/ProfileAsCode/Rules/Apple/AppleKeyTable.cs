using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ProfileAsCode.Rules.Keys;

namespace ProfileAsCode.Rules.Apple;

/// <summary>
/// Apple's payload schemas seen through <see cref="IKeyTable"/>, so PAC4005 and PAC4006 are the generic known-keys
/// check (<see cref="KeysMatchTable"/>) that Jamf Connect's keys use. Keys are answered from the schema tree
/// (<see cref="ApplePayloadType.FindKey"/>: every schema of the type, names with dots found whole, array items at
/// <c>[n]</c>, wildcard dictionaries) rather than listed, because Apple's schemas share and even nest their own
/// structures. Every type is Apple's own word, so each one is enforced (<see cref="KeySpec.Verified"/>).
/// </summary>
internal sealed class AppleKeyTable : IKeyTable
{
    public static readonly AppleKeyTable Instance = new();

    // Keys are looked for by name this far below the payload when a key is misplaced ("did you mean X.Y?").
    private const int NamedSearchDepth = 3;

    // Per payload type Apple's schema knows (about 130): the specs of the paths asked for.
    private readonly ConcurrentDictionary<string, BoundedPathCache<KeySpec?>> specs = new(StringComparer.Ordinal);

    private AppleKeyTable()
    {
    }

    /// <summary>Payload types with a schema for macOS; envelopes and other platforms' payloads are not covered.</summary>
    public bool Covers(string domain) => Schemas(domain).Count > 0;

    public string Describe(string domain) => "the " + domain + " payload";

    [MethodImpl(HotPath.Optimized)]
    public KeySpec? Find(string domain, string path)
    {
        var schemas = Schemas(domain);
        if (schemas.Count == 0)
        {
            return null;
        }

        // The same paths come back in every profile: their specs are made once.
        return specs.GetOrAdd(domain, static _ => new BoundedPathCache<KeySpec?>()).GetOrAdd(path, (domain, schemas), static (p, state) =>
        {
            foreach (var schema in state.schemas)
            {
                if (schema.FindKey(p) is { } key)
                {
                    return Spec(state.domain, schema, p, key);
                }
            }

            return null;
        });
    }

    /// <summary>Apple's payload types are not a family of sibling domains: a key is never "of another payload" here.</summary>
    public KeySpec? FindElsewhere(string domain, string path) => null;

    public IEnumerable<KeySpec> ChildrenOf(string domain, string parent)
    {
        foreach (var schema in Schemas(domain))
        {
            var level = parent.Length == 0 ? schema.Root : schema.FindKey(parent)?.Children;
            if (level is null)
            {
                continue;
            }

            foreach (var key in level.Keys)
            {
                if (!key.IsArrayItem && !key.IsWildcard)
                {
                    yield return Spec(domain, schema, parent.Length == 0 ? key.Name : parent + "." + key.Name, key);
                }
            }
        }
    }

    public KeySpec? FindNamed(string domain, string name, string path)
    {
        foreach (var schema in Schemas(domain))
        {
            if (FindNamed(domain, schema, schema.Root, string.Empty, name, path, NamedSearchDepth) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    public IEnumerable<string> SiblingsOf(string domain) => Enumerable.Empty<string>();

    /// <summary>The schemas of <paramref name="domain"/> that are payloads on macOS.</summary>
    internal static IReadOnlyList<ApplePayloadSchema> Schemas(string domain) =>
        AppleSchemas.Find(domain)?.OnMacOS ?? Array.Empty<ApplePayloadSchema>();

    // Dictionaries only: a key inside array items is not "the same key placed elsewhere".
    private static KeySpec? FindNamed(string domain, ApplePayloadSchema schema, AppleKeyChildren level, string prefix, string name, string path, int depth)
    {
        foreach (var key in level.Keys)
        {
            if (key.IsArrayItem || key.IsWildcard)
            {
                continue;
            }

            var keyPath = prefix + key.Name;
            if (string.Equals(key.Name, name, StringComparison.OrdinalIgnoreCase) && keyPath != path)
            {
                return Spec(domain, schema, keyPath, key);
            }
        }

        if (depth > 1)
        {
            foreach (var key in level.Keys)
            {
                if (key.Type == ApplePlistType.Dictionary && !key.IsWildcard && FindNamed(domain, schema, key.Children, prefix + key.Name + ".", name, path, depth - 1) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static KeySpec Spec(string domain, ApplePayloadSchema schema, string path, AppleKeySchema key)
    {
        var type = TypeOf(key.Type);
        var name = key.IsArrayItem ? path.Substring(path.LastIndexOf('[')) : key.IsWildcard ? path.Substring(path.LastIndexOf('.') + 1) : key.Name;
        return new KeySpec(
            domain,
            path,
            type,
            schema.DocumentationUrl,
            itemType: key.Element is { } element ? TypeOf(element.Type) : PlistType.Any,
            freeFormChildren: type == PlistType.Dictionary && key.Children.Keys.Count == 0,
            since: key.MacOS.Introduced,
            name: name);
    }

    internal static PlistType TypeOf(ApplePlistType type) => type switch
    {
        ApplePlistType.String => PlistType.String,
        ApplePlistType.Integer => PlistType.Integer,
        ApplePlistType.Real => PlistType.Real,
        ApplePlistType.Boolean => PlistType.Boolean,
        ApplePlistType.Date => PlistType.Date,
        ApplePlistType.Data => PlistType.Data,
        ApplePlistType.Array => PlistType.Array,
        ApplePlistType.Dictionary => PlistType.Dictionary,
        _ => PlistType.Any,
    };
}

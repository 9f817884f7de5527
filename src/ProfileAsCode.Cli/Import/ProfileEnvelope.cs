using ProfileAsCode.Cli.CodeGeneration;
using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Import;

/// <summary>
/// The <c>[ConfigurationProfile]</c> attribute that rebuilds a profile's top-level keys as found
/// (https://developer.apple.com/documentation/devicemanagement/toplevel): every string as written (an empty one
/// too), <c>PayloadScope</c> and <c>PayloadRemovalDisallowed</c> left out when the file has none
/// (<see cref="ConfigurationProfileAttribute.OmitDefaults"/>), <c>PayloadEnabled</c> as Jamf Pro writes it. A key
/// the attribute cannot carry is listed as not kept, never dropped silently.
/// </summary>
internal static class ProfileEnvelope
{
    private static readonly string[] ArgumentOrder = ["DisplayName", "Description", "Organization", "Scope", "RemovalDisallowed", "Enabled", "OmitDefaults"];

    /// <param name="notKept">Receives one line per top-level key the rebuilt profile will not have as found.</param>
    public static string Attribute(ProfileDocument profile, string identifier, PreferencePayloadForm form, List<string> notKept)
    {
        var arguments = new List<string> { CSharpLiteral.String(identifier) };
        if (!profile.IsBarePreferences)
        {
            var named = TopLevelArguments(profile.Root, notKept);
            arguments.AddRange(ArgumentOrder.Where(named.ContainsKey).Select(name => $"{name} = {named[name]}"));
        }

        if (form == PreferencePayloadForm.ManagedPreferences)
        {
            arguments.Add("PayloadForm = PreferencePayloadForm.ManagedPreferences");
        }

        if (profile.Uuid is { } uuid && uuid != ProfileIdentity.ProfileUuid(identifier))
        {
            arguments.Add($"Uuid = {CSharpLiteral.String(uuid)}");
        }

        return Format("ConfigurationProfile", arguments);
    }

    /// <summary><c>[Name(a, b)]</c> on one line for up to two arguments, else one argument per line.</summary>
    public static string Format(string attribute, IReadOnlyList<string> arguments) =>
        arguments.Count <= 2
            ? $"[{attribute}({string.Join(", ", arguments)})]"
            : $"[{attribute}(" + arguments[0] + ",\n    " + string.Join(",\n    ", arguments.Skip(1)) + ")]";

    private static Dictionary<string, string> TopLevelArguments(PlistDictionary root, List<string> notKept)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        var omitted = new List<string>();
        if (!root.ContainsKey(PayloadKeys.Scope))
        {
            omitted.Add("TopLevelDefaults.Scope");
        }

        if (!root.ContainsKey(PayloadKeys.RemovalDisallowed))
        {
            omitted.Add("TopLevelDefaults.RemovalDisallowed");
        }

        foreach (var (key, value) in root)
        {
            switch (key, value)
            {
                case (PayloadKeys.Identifier or PayloadKeys.Uuid, PlistString):
                case (PayloadKeys.Type, PlistString { Value: PayloadKeys.ConfigurationType }):
                case (PayloadKeys.Version, PlistInteger version) when version.Value == 1:
                case (PayloadKeys.Content, PlistArray):
                case (PayloadKeys.Scope, PlistString { Value: "System" }):
                case (PayloadKeys.RemovalDisallowed, PlistBoolean { Value: false }):
                    break;
                case (PayloadKeys.DisplayName or PayloadKeys.Description or PayloadKeys.Organization, PlistString text):
                    named[key[Prefix.Length..]] = CSharpLiteral.String(text.Value);
                    break;
                case (PayloadKeys.Scope, PlistString { Value: "User" }):
                    named["Scope"] = "ProfileScope.User";
                    break;
                case (PayloadKeys.RemovalDisallowed, PlistBoolean { Value: true }):
                    named["RemovalDisallowed"] = "true";
                    break;
                case (PayloadKeys.Enabled, PlistBoolean flag):
                    named["Enabled"] = CSharpLiteral.Bool(flag.Value);
                    break;
                case (PayloadKeys.Scope or PayloadKeys.RemovalDisallowed, _):
                    // Not what Apple allows: rebuilt without the key, which Macs read as its default.
                    omitted.Add(key == PayloadKeys.Scope ? "TopLevelDefaults.Scope" : "TopLevelDefaults.RemovalDisallowed");
                    notKept.Add($"top level: {key} = {ValueText.Format(value)} (rebuilt without it)");
                    break;
                case (PayloadKeys.Version or PayloadKeys.Type, _):
                    notKept.Add($"top level: {key} = {ValueText.Format(value)} (rebuilt as {(key == PayloadKeys.Version ? "1" : $"\"{PayloadKeys.ConfigurationType}\"")})");
                    break;
                default:
                    notKept.Add($"top level: {key} = {ValueText.Format(value)}");
                    break;
            }
        }

        if (!root.ContainsKey(PayloadKeys.Version))
        {
            notKept.Add("top level: PayloadVersion is missing (rebuilt with 1)");
        }

        if (!root.ContainsKey(PayloadKeys.Type))
        {
            notKept.Add($"top level: PayloadType is missing (rebuilt with \"{PayloadKeys.ConfigurationType}\")");
        }

        if (omitted.Count > 0)
        {
            named["OmitDefaults"] = string.Join(" | ", omitted.Distinct());
        }

        return named;
    }

    private const string Prefix = "Payload";
}

using System.Runtime.CompilerServices;

namespace ProfileAsCode.Rules.Parsing;

/// <summary>
/// What Entra can parse as a scope's resource ("Scope must be in a valid URI form https://example/scope or a
/// valid Guid&lt;guid/scope&gt;", AADSTS70011), Microsoft's "secure patterns" for Application ID URIs
/// (https://learn.microsoft.com/entra/identity-platform/identifier-uri-restrictions) and the rules for a
/// permission value (Microsoft Graph, "permissionScope resource type":
/// https://learn.microsoft.com/graph/api/resources/permissionscope).
/// </summary>
internal static class AppIdUri
{
    public const int MaxPermissionLength = 120;

    private const string AllowedPermissionPunctuation = ":!#$%&'()*+,-./;<=>?@[]^_`{|}~";

    /// <summary>Why Entra cannot read <paramref name="resource"/> as a resource at all, or null when it can.</summary>
    public static string? UnparseableProblem(string resource)
    {
        if (Guids.IsCanonical(resource))
        {
            return null; // the bare application ID is also accepted as a resource ("a valid Guid<guid/scope>")
        }

        foreach (var scheme in new[] { "api://", "https://" })
        {
            if (resource.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                var rest = resource.Substring(scheme.Length);
                return rest.Length == 0 || rest[0] == '/' ? "'" + resource + "' names no application after '" + scheme + "'" : null;
            }
        }

        return "it must start with 'api://' (default 'api://<application ID>') or 'https://'";
    }

    /// <summary>
    /// Why <paramref name="resource"/>, readable by Entra, is none of Microsoft's current App ID URI
    /// patterns, or null when it is one (or is not readable: see <see cref="UnparseableProblem"/>).
    /// </summary>
    public static string? PatternProblem(string resource)
    {
        if (resource.StartsWith("api://", StringComparison.OrdinalIgnoreCase))
        {
            return ApiSchemeProblem(resource.Substring("api://".Length));
        }

        if (resource.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return HttpsSchemeProblem(resource.Substring("https://".Length));
        }

        return null;
    }

    /// <summary>Why <paramref name="permission"/> is not a valid permission value, or null when it is.</summary>
    public static string? PermissionProblem(string permission)
    {
        if (permission.Length == 0)
        {
            return "the permission value after the last '/' is missing (Jamf's is 'jamfconnect')";
        }

        if (permission.Length > MaxPermissionLength)
        {
            return "the permission value is " + permission.Length + " characters long; at most " + MaxPermissionLength + " are allowed";
        }

        var bad = permission.FirstOrDefault(c => !IsAllowedPermissionCharacter(c));
        return bad == '\0' ? null : "the permission value contains '" + bad + "', which Entra does not allow";
    }

    private static bool IsAllowedPermissionCharacter(char c) =>
        (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || AllowedPermissionPunctuation.IndexOf(c) >= 0;

    // api://<appId> | api://<tenantId>/<appId> | api://<tenantId>/<string> | api://<string>/<appId>
    // | api://<string>.<verifiedDomain>/<string>
    private static string? ApiSchemeProblem(string rest)
    {
        var segments = rest.Split('/');
        if (segments.Length == 1 && Guids.IsCanonical(segments[0]))
        {
            return null;
        }

        if (segments.Length == 2 && segments[1].Length > 0
            && (Guids.IsCanonical(segments[0]) || Guids.IsCanonical(segments[1]) || IsDomainName(segments[0], minimumLabels: 2)))
        {
            return null;
        }

        return "'api://" + rest + "' is none of Microsoft's App ID URI patterns (api://<application ID>, api://<tenant ID>/<application ID or name>, api://<name>/<application ID>, api://<verified domain>/<name>)";
    }

    // https://<tenant>.onmicrosoft.com/<string> | https://<verifiedDomain>/<string>
    // | https://<string>.<verifiedDomain>[/<string>]
    private static string? HttpsSchemeProblem(string rest)
    {
        var slash = rest.IndexOf('/');
        var host = slash < 0 ? rest : rest.Substring(0, slash);
        var hasPath = slash >= 0 && slash < rest.Length - 1;
        if (IsDomainName(host, minimumLabels: hasPath ? 2 : 3)
            && !(host.EndsWith(".onmicrosoft.com", StringComparison.OrdinalIgnoreCase) && !hasPath))
        {
            return null;
        }

        return "'https://" + rest + "' is none of Microsoft's App ID URI patterns (https://<verified domain>/<name>, https://<name>.<verified domain>[/<name>])";
    }

    [MethodImpl(HotPath.Optimized)]
    internal static bool IsDomainName(string value, int minimumLabels)
    {
        var labels = value.Split('.');
        return labels.Length >= minimumLabels
            && labels.All(l => l.Length > 0 && l.Length <= 63 && l.All(c => char.IsLetterOrDigit(c) || c == '-') && l[0] != '-' && l[l.Length - 1] != '-')
            && labels[labels.Length - 1].All(char.IsLetter);
    }
}

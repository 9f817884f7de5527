using ProfileAsCode.Json;
using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Rules.Tenant.Exports;

/// <summary>One object of an export and where it sits in its file (for messages).</summary>
internal sealed class ExportItem
{
    public ExportItem(JsonObject value, string path)
    {
        Value = value;
        Path = path;
    }

    public JsonObject Value { get; }

    /// <summary>E.g. <c>value[3]</c>, <c>[0]</c>, or empty for a file that is one object.</summary>
    public string Path { get; }
}

/// <summary>
/// The objects of one export file, in every shape the standard tools write
/// (https://learn.microsoft.com/graph/paging, https://learn.microsoft.com/cli/azure/microsoft-graph-migration):
/// a Microsoft Graph page <c>{"@odata.context":…, "value":[…], "@odata.nextLink":…}</c> (<c>az rest</c>,
/// Graph Explorer, <c>Invoke-MgGraphRequest</c>); a bare array (<c>az ad app list</c>, the portal's
/// sign-in download, ConvertTo-Json of several objects); an array of pages (pages joined with
/// <c>jq -s</c>); a single object (<c>az ad app show</c>, one ConvertTo-Json object). Windows
/// PowerShell's <c>{"value":[…],"Count":n}</c> wrapping of arrays reads as a page.
/// </summary>
internal sealed class ExportDocument
{
    private ExportDocument()
    {
    }

    public List<ExportItem> Items { get; } = new();

    /// <summary>Kinds named by the <c>@odata.context</c> of its pages or objects (even of an empty page).</summary>
    public HashSet<TenantObjectKind> ContextKinds { get; } = new();

    /// <summary>Pages that carry <c>@odata.nextLink</c>: more pages exist.</summary>
    public int PagesWithNextLink { get; private set; }

    /// <summary>Graph pages without <c>@odata.nextLink</c>: the last page of a listing.</summary>
    public int LastPages { get; private set; }

    /// <summary>Array items or page entries that are not objects.</summary>
    public int Strays { get; private set; }

    /// <summary>The root is neither an object nor an array.</summary>
    public bool IsScalar { get; private set; }

    public static ExportDocument Of(JsonValue root)
    {
        var document = new ExportDocument();
        switch (root)
        {
            case JsonObject page when IsPage(page):
                document.AddPage(page, string.Empty);
                break;
            case JsonObject single:
                document.AddContext(single);
                document.Items.Add(new ExportItem(single, string.Empty));
                break;
            case JsonArray array:
                for (var i = 0; i < array.Items.Count; i++)
                {
                    var path = "[" + i + "]";
                    if (array.Items[i] is JsonObject item)
                    {
                        if (IsPage(item))
                        {
                            document.AddPage(item, path + ".");
                        }
                        else
                        {
                            document.Items.Add(new ExportItem(item, path));
                        }
                    }
                    else
                    {
                        document.Strays++;
                    }
                }

                break;
            default:
                document.IsScalar = true;
                break;
        }

        return document;
    }

    /// <summary>The kind a Graph <c>@odata.context</c> names (<c>…/$metadata#applications</c>, <c>#servicePrincipals/$entity</c>, …).</summary>
    public static TenantObjectKind? KindOfContext(string? context)
    {
        var hash = context?.IndexOf('#') ?? -1;
        if (hash < 0)
        {
            return null;
        }

        var entitySet = context!.Substring(hash + 1);
        return StartsWith(entitySet, "applications") ? TenantObjectKind.Application
            : StartsWith(entitySet, "servicePrincipals") ? TenantObjectKind.ServicePrincipal
            : StartsWith(entitySet, "oauth2PermissionGrants") ? TenantObjectKind.PermissionGrant
            // Graph answers "identity/conditionalAccess/policies"; the List policies page shows "conditionalAccess/policies"
            // (https://learn.microsoft.com/graph/api/conditionalaccessroot-list-policies).
            : StartsWith(entitySet, "identity/conditionalAccess/policies") || StartsWith(entitySet, "conditionalAccess/policies") ? TenantObjectKind.ConditionalAccessPolicy
            : StartsWith(entitySet, "organization") ? TenantObjectKind.Organization
            : StartsWith(entitySet, "auditLogs/signIns") ? TenantObjectKind.SignIn
            : null;
    }

    private static bool StartsWith(string text, string prefix) => text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    // A page: "value" holding an array, and otherwise only annotations ("@odata.…") or PowerShell's "Count".
    private static bool IsPage(JsonObject item)
    {
        if (item.GetIgnoringCase("value") is not JsonArray)
        {
            return false;
        }

        foreach (var member in item.Members)
        {
            var name = member.Name;
            if (!string.Equals(name, "value", StringComparison.OrdinalIgnoreCase) && !name.StartsWith("@", StringComparison.Ordinal)
                && !string.Equals(name, "Count", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private void AddPage(JsonObject page, string prefix)
    {
        AddContext(page);
        if (page.Get("@odata.nextLink") is not null)
        {
            PagesWithNextLink++;
        }
        else if (page.Get("@odata.context") is not null)
        {
            LastPages++;
        }

        var items = ((JsonArray)page.GetIgnoringCase("value")!).Items;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is JsonObject item)
            {
                Items.Add(new ExportItem(item, prefix + "value[" + i + "]"));
            }
            else
            {
                Strays++;
            }
        }
    }

    private void AddContext(JsonObject item)
    {
        if (KindOfContext(ExportFields.Get(item, "@odata.context")?.AsString) is { } kind)
        {
            ContextKinds.Add(kind);
        }
    }
}

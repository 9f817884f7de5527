// An in-process Jamf Pro for tests, written from Jamf's public API documentation (see README.md in this folder):
//   POST /api/oauth/token ............ https://developer.jamf.com/jamf-pro/reference/postoauthtoken
//                                       https://developer.jamf.com/jamf-pro/docs/client-credentials
//   /JSSResource/osxconfigurationprofiles (list, id/{id} GET/POST/PUT/DELETE)
//                                       https://developer.jamf.com/jamf-pro/reference/updateosxconfigurationprofilebyname.md
//                                       https://developer.jamf.com/platform-api/reference/createosxconfigurationprofilebyid-1
//   privileges ....................... https://developer.jamf.com/jamf-pro/docs/classic-api-minimum-required-privileges-and-endpoint-mapping
// What Jamf Pro does to an uploaded profile rests on community reports, cited in JamfUploadRewrites.
using System.Globalization;
using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Testing.FakeJamf;

/// <summary>Kestrel on 127.0.0.1, a free port, for one test; <see cref="DisposeAsync"/> stops it.</summary>
internal sealed class FakeJamfProServer : IAsyncDisposable
{
    private const string Resource = "/JSSResource/osxconfigurationprofiles";
    private readonly WebApplication app;

    private FakeJamfProServer(WebApplication app, FakeJamfProState state, Uri url)
    {
        this.app = app;
        State = state;
        Url = url;
    }

    public FakeJamfProState State { get; }

    public Uri Url { get; }

    public static async Task<FakeJamfProServer> StartAsync(TimeProvider time)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var state = new FakeJamfProState(time);

        app.Use(async (context, next) =>
        {
            var fault = state.Faults.Take(context.Request.Method, context.Request.Path.Value ?? "");
            switch (fault)
            {
                case StatusFault status:
                    if (status.RetryAfter is { } wait)
                    {
                        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                    }

                    await WriteAsync(context, status.Status, StatusPages.Page(((HttpStatusCode)status.Status).ToString(), "Injected by the test"), "text/html");
                    break;
                case DelayFault delay:
                    try
                    {
                        await Task.Delay(delay.Delay, context.RequestAborted);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }

                    await next(context);
                    break;
                case RevokeTokensFault:
                    state.RevokeAllTokens();
                    await next(context);
                    break;
                case FailAfterHandlingFault after:
                    context.Items[nameof(FailAfterHandlingFault)] = after.Status;
                    await next(context);
                    break;
                default:
                    await next(context);
                    break;
            }

            state.Log.Enqueue((context.Request.Method, context.Request.Path.Value ?? "", context.Response.StatusCode));
        });

        app.MapPost("/api/oauth/token", context => Token(context, state));
        app.MapGet(Resource, context => List(context, state));
        app.MapMethods(Resource + "/id/{id}", ["GET", "POST", "PUT", "DELETE"], context => ById(context, state));

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeJamfProServer(app, state, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>A new profile document with Jamf Pro's defaults: no site, no category, unscoped, not in Self Service.</summary>
    public static XElement NewDocument(int id, string name, string description, string uuid) =>
        new(
            "os_x_configuration_profile",
            new XElement(
                "general",
                new XElement("id", id),
                new XElement("name", name),
                new XElement("description", description),
                new XElement("site", new XElement("id", -1), new XElement("name", "None")),
                new XElement("category", new XElement("id", -1), new XElement("name", "No category assigned")),
                new XElement("distribution_method", "Install Automatically"),
                new XElement("user_removable", "false"),
                new XElement("level", "computer"),
                new XElement("uuid", uuid),
                new XElement("redeploy_on_update", "Newly Assigned"),
                new XElement("payloads", "")),
            new XElement(
                "scope",
                new XElement("all_computers", "false"),
                new XElement("all_jss_users", "false"),
                new XElement("computers"),
                new XElement("buildings"),
                new XElement("departments"),
                new XElement("computer_groups"),
                new XElement("jss_users"),
                new XElement("jss_user_groups"),
                new XElement("limitations"),
                new XElement("exclusions")),
            new XElement(
                "self_service",
                new XElement("self_service_display_name"),
                new XElement("install_button_text", "Install"),
                new XElement("self_service_description"),
                new XElement("force_users_to_view_description", "false"),
                new XElement("feature_on_main_page", "false"),
                new XElement("self_service_categories")));

    private static async Task Token(HttpContext context, FakeJamfProState state)
    {
        if (!context.Request.HasFormContentType)
        {
            await WriteAsync(context, 415, "{\"error\":\"unsupported_media_type\"}", "application/json");
            return;
        }

        var form = await context.Request.ReadFormAsync();
        var client = state.Clients.FirstOrDefault(c => c.ClientId == form["client_id"] && c.Secret == form["client_secret"]);
        if (form["grant_type"] != "client_credentials")
        {
            await WriteAsync(context, 400, "{\"error\":\"unsupported_grant_type\"}", "application/json");
            return;
        }

        if (client is null)
        {
            await WriteAsync(context, 401, "{\"error\":\"invalid_client\"}", "application/json");
            return;
        }

        var token = state.IssueToken(client);
        var lifetime = ((int)state.TokenLifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        await WriteAsync(context, 200, $"{{\"access_token\":\"{token}\",\"scope\":\"api-role:1\",\"token_type\":\"Bearer\",\"expires_in\":{lifetime}}}", "application/json");
    }

    private static async Task List(HttpContext context, FakeJamfProState state)
    {
        if (!await AuthorizedAsync(context, state, FakeJamfProState.ReadPrivilege))
        {
            return;
        }

        var list = new XElement("os_x_configuration_profiles", new XElement("size", state.Profiles.Count));
        foreach (var profile in state.Profiles)
        {
            list.Add(new XElement("os_x_configuration_profile", new XElement("id", profile.Id), new XElement("name", profile.Name)));
        }

        await WriteXmlAsync(context, 200, list);
    }

    private static async Task ById(HttpContext context, FakeJamfProState state)
    {
        var method = context.Request.Method;
        var privilege = method switch
        {
            "GET" => FakeJamfProState.ReadPrivilege,
            "POST" => FakeJamfProState.CreatePrivilege,
            "PUT" => FakeJamfProState.UpdatePrivilege,
            _ => FakeJamfProState.DeletePrivilege,
        };
        if (!await AuthorizedAsync(context, state, privilege))
        {
            return;
        }

        if (!int.TryParse((string?)context.Request.RouteValues["id"], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            await WriteAsync(context, 404, StatusPages.NotFound, "text/html");
            return;
        }

        switch (method)
        {
            case "GET":
                await GetAsync(context, state, id);
                break;
            case "POST":
                await CreateAsync(context, state);
                break;
            case "PUT":
                await UpdateAsync(context, state, id);
                break;
            default:
                await DeleteAsync(context, state, id);
                break;
        }
    }

    private static async Task GetAsync(HttpContext context, FakeJamfProState state, int id)
    {
        var copy = state.Locked(profiles => profiles.TryGetValue(id, out var profile) ? Render(profile) : null);
        if (copy is null)
        {
            await WriteAsync(context, 404, StatusPages.NotFound, "text/html");
            return;
        }

        await WriteXmlAsync(context, 200, copy);
    }

    private static async Task CreateAsync(HttpContext context, FakeJamfProState state)
    {
        var (general, plist, problem) = await ReadBodyAsync(context);
        if (problem is not null)
        {
            await WriteAsync(context, problem.Value.Status, problem.Value.Page, "text/html");
            return;
        }

        var name = (string?)general!.Element("name") ?? "";
        var description = (string?)general.Element("description") ?? "";
        if (plist is null)
        {
            await WriteAsync(context, 409, StatusPages.Conflict("Unable to read the payloads"), "text/html");
            return;
        }

        var id = state.Locked(profiles =>
        {
            if (profiles.Values.Any(p => p.Name == name))
            {
                return -1;
            }

            var newId = state.NextId();
            var uuid = JamfUploadRewrites.NewUuid();
            var document = NewDocument(newId, name, description, uuid);
            foreach (var field in new[] { "distribution_method", "user_removable", "level" })
            {
                if (general.Element(field) is { } given)
                {
                    document.Element("general")!.Element(field)!.Value = given.Value;
                }
            }

            profiles[newId] = new StoredProfile { Id = newId, Document = document, Plist = JamfUploadRewrites.OnCreate(plist, uuid, name, description) };
            Interlocked.Increment(ref state.StoredWrites);
            return newId;
        });

        if (id < 0)
        {
            await WriteAsync(context, 409, StatusPages.Conflict("Duplicate name"), "text/html");
            return;
        }

        await AnswerWriteAsync(context, id);
    }

    private static async Task UpdateAsync(HttpContext context, FakeJamfProState state, int id)
    {
        var (general, plist, problem) = await ReadBodyAsync(context);
        if (problem is not null)
        {
            await WriteAsync(context, problem.Value.Status, problem.Value.Page, "text/html");
            return;
        }

        var outcome = state.Locked(profiles =>
        {
            if (!profiles.TryGetValue(id, out var stored))
            {
                return 404;
            }

            var name = (string?)general!.Element("name") ?? stored.Name;
            if (profiles.Values.Any(p => p.Id != id && p.Name == name))
            {
                return 409;
            }

            // Fields present in the body replace the stored ones; absent ones stay.
            foreach (var field in general.Elements().Where(e => e.Name.LocalName is not ("id" or "uuid" or "payloads" or "redeploy_on_update")))
            {
                stored.General.Element(field.Name)?.ReplaceWith(new XElement(field));
            }

            if (general.Parent!.Element("scope") is { } scope)
            {
                stored.Document.Element("scope")!.ReplaceWith(new XElement(scope));
            }

            if (general.Element("payloads") is not null)
            {
                if (plist is null)
                {
                    return 409;
                }

                stored.Plist = JamfUploadRewrites.OnUpdate(plist, stored.Name, stored.Description);
            }
            else
            {
                stored.Plist = JamfUploadRewrites.OnUpdate(stored.Plist, stored.Name, stored.Description);
            }

            if ((string?)general.Element("redeploy_on_update") == "All")
            {
                Interlocked.Increment(ref state.RedistributionsToAll);
            }

            Interlocked.Increment(ref state.StoredWrites);
            return 201;
        });

        switch (outcome)
        {
            case 404:
                await WriteAsync(context, 404, StatusPages.NotFound, "text/html");
                break;
            case 409:
                await WriteAsync(context, 409, StatusPages.Conflict(plist is null && general!.Element("payloads") is not null ? "Unable to read the payloads" : "Duplicate name"), "text/html");
                break;
            default:
                await AnswerWriteAsync(context, id);
                break;
        }
    }

    private static async Task DeleteAsync(HttpContext context, FakeJamfProState state, int id)
    {
        var removed = state.Locked(profiles => profiles.Remove(id));
        if (!removed)
        {
            await WriteAsync(context, 404, StatusPages.NotFound, "text/html");
            return;
        }

        Interlocked.Increment(ref state.StoredWrites);
        await AnswerWriteAsync(context, id);
    }

    /// <summary>201 with the ID, as the Classic API answers a create or update; or the injected failure after handling.</summary>
    private static Task AnswerWriteAsync(HttpContext context, int id)
    {
        if (context.Items.TryGetValue(nameof(FailAfterHandlingFault), out var status) && status is int failure)
        {
            return WriteAsync(context, failure, StatusPages.ServerError, "text/html");
        }

        var status201 = context.Request.Method == "DELETE" ? 200 : 201;
        return WriteXmlAsync(context, status201, new XElement("os_x_configuration_profile", new XElement("id", id)));
    }

    private static XElement Render(StoredProfile profile)
    {
        var copy = new XElement(profile.Document);
        copy.Element("general")!.Element("payloads")!.Value = CompactPlistWriter.Write(profile.Plist);
        return copy;
    }

    private static async Task<(XElement? General, PlistDictionary? Plist, (int Status, string Page)? Problem)> ReadBodyAsync(HttpContext context)
    {
        var type = context.Request.ContentType ?? "";
        if (!type.StartsWith("application/xml", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("text/xml", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null, (415, StatusPages.Page("Unsupported Media Type", "The server is refusing to service the request because the entity of the request is in a format not supported")));
        }

        XDocument body;
        try
        {
            using var reader = XmlReader.Create(context.Request.Body, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, Async = true });
            body = await XDocument.LoadAsync(reader, LoadOptions.PreserveWhitespace, context.RequestAborted);
        }
        catch (XmlException)
        {
            return (null, null, (400, StatusPages.Page("Bad Request", "The request sent by the client was syntactically incorrect")));
        }

        var general = body.Root?.Name.LocalName == "os_x_configuration_profile" ? body.Root.Element("general") : null;
        if (general is null)
        {
            return (null, null, (400, StatusPages.Page("Bad Request", "The request sent by the client was syntactically incorrect")));
        }

        PlistDictionary? plist = null;
        if ((string?)general.Element("payloads") is { Length: > 0 } payloads)
        {
            try
            {
                plist = PropertyListSerializer.ReadXml(Encoding.UTF8.GetBytes(payloads)) as PlistDictionary;
            }
            catch (PlistFormatException)
            {
                plist = null;
            }
        }

        return (general, plist, null);
    }

    private static async Task<bool> AuthorizedAsync(HttpContext context, FakeJamfProState state, string privilege)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var client = header.StartsWith("Bearer ", StringComparison.Ordinal) ? state.ClientFor(header["Bearer ".Length..]) : null;
        if (client is null)
        {
            await WriteAsync(context, 401, StatusPages.Unauthorized, "text/html");
            return false;
        }

        if (!client.Privileges.Contains(privilege))
        {
            await WriteAsync(context, state.MissingPrivilegeStatus, state.MissingPrivilegeStatus == 401 ? StatusPages.Unauthorized : StatusPages.Page("Forbidden", "Forbidden"), "text/html");
            return false;
        }

        return true;
    }

    private static Task WriteXmlAsync(HttpContext context, int status, XElement root)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineHandling = NewLineHandling.Entitize };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            new XDocument(root).Save(writer);
        }

        return WriteAsync(context, status, Encoding.UTF8.GetString(buffer.ToArray()), "text/xml;charset=UTF-8");
    }

    private static async Task WriteAsync(HttpContext context, int status, string body, string contentType)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, context.RequestAborted);
    }
}

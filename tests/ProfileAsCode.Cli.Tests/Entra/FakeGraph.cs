using System.Text;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.Testing.Tenant;

namespace ProfileAsCode.Cli.Tests.Entra;

/// <summary>
/// A stand-in for the Azure CLI, written in Python: <c>az login</c> does nothing; <c>az rest --method get --url U</c>
/// answers like Microsoft Graph, as a page of the fixture objects that match the URL's <c>appId eq</c> or
/// <c>clientId eq</c> filter (read with Python's json, not with our reader), and <c>--query 'value[0].id'
/// --output tsv</c> prints that ID. Every call is logged, one JSON array of arguments a line.
/// </summary>
internal static class FakeGraph
{
    private const string Script = """
        #!/usr/bin/env python3
        import json, os, sys, urllib.parse
        args = sys.argv[1:]
        with open(os.environ['FAKE_AZ_LOG'], 'a') as log:
            log.write(json.dumps(args) + '\n')
        if args[:1] == ['login']:
            sys.exit(0)
        if args[:3] != ['rest', '--method', 'get'] or args[3] != '--url':
            sys.exit('fake az: unexpected ' + repr(args))
        url = urllib.parse.urlsplit(args[4])
        def load(name):
            with open(os.path.join(os.environ['FAKE_AZ_FIXTURES'], name + '.json')) as f:
                return json.load(f)
        sets = {
            '/v1.0/organization': ('organization', ['organization']),
            '/v1.0/applications': ('applications', ['application-api', 'application-endpoint']),
            '/v1.0/servicePrincipals': ('servicePrincipals', ['sp-api', 'sp-endpoint', 'sp-graph']),
            '/v1.0/oauth2PermissionGrants': ('oauth2PermissionGrants', ['grant-api', 'grant-graph']),
            '/v1.0/identity/conditionalAccess/policies': ('identity/conditionalAccess/policies', ['policy-mfa']),
            '/beta/auditLogs/signIns': ('auditLogs/signIns', ['signin-ropg', 'signin-interactive', 'signin-interactive-interrupt', 'signin-other-app']),
        }
        entity_set, names = sets[url.path]
        items = [load(n) for n in names]
        query = urllib.parse.parse_qs(url.query)
        flt = query.get('$filter', [''])[0]
        if 'nonInteractiveUser' in flt:
            items = []
        for field in ('appId', 'clientId'):
            prefix = field + " eq '"
            if flt.startswith(prefix):
                wanted = flt[len(prefix):flt.index("'", len(prefix))]
                items = [i for i in items if i.get(field) == wanted]
        version = url.path.split('/')[1]
        page = {'@odata.context': 'https://graph.microsoft.com/' + version + '/$metadata#' + entity_set, 'value': items}
        if args[5:] == ['--query', 'value[0].id', '--output', 'tsv']:
            print(items[0]['id'] if items else '')
        else:
            print(json.dumps(page, indent=2))
        """;

    /// <summary>Writes <c>az</c> into <c>DIR/bin</c>; returns the environment a script needs to find and use it.</summary>
    public static Dictionary<string, string?> Install(TempDirectory dir)
    {
        var bin = Directory.CreateDirectory(dir.File("bin")).FullName;
        var az = Path.Combine(bin, "az");
        File.WriteAllText(az, string.Join('\n', Script.Split('\n').Select(line => line.TrimEnd())) + "\n", new UTF8Encoding(false));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(az, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return new Dictionary<string, string?>
        {
            ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["FAKE_AZ_LOG"] = dir.File("az.log"),
            ["FAKE_AZ_FIXTURES"] = TenantExportSet.FixtureDirectory,
        };
    }

    public static IReadOnlyList<string> Calls(TempDirectory dir) =>
        File.Exists(dir.File("az.log")) ? File.ReadAllLines(dir.File("az.log")) : [];
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace CchcPublic.Web.Feedback.Open311;

/// <summary>
/// An Open311 answer written as JSON or XML from the same ordered fields. XML is what GeoReport v2 requires;
/// JSON is its optional format. Lists become repeated child elements named by <see cref="Item"/>.
/// </summary>
public sealed record Open311Response(int Status, string Root, string Item, object Body)
{
    public static Open311Response Errors(int status, string description) =>
        new(status, "errors", "error", new List<Fields> { new() { ["code"] = status, ["description"] = description } });

    public IResult ToResult(string format) => format == "xml" ? new XmlResult(this) : new JsonResult(this);

    private sealed class JsonResult(Open311Response response) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(context.Response.Body, response.Body, response.Body.GetType(),
                new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
    }

    private sealed class XmlResult(Open311Response response) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = "text/xml; charset=utf-8";
            var buffer = new StringBuilder();
            using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
            {
                xml.WriteStartDocument();
                Write(xml, response.Root, response.Item, response.Body);
                xml.WriteEndDocument();
            }
            // StringBuilder output claims utf-16 in the declaration; the bytes sent are UTF-8.
            await context.Response.WriteAsync(buffer.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal));
        }

        private static void Write(XmlWriter xml, string name, string item, object? value)
        {
            xml.WriteStartElement(name);
            switch (value)
            {
                case null:
                    break;
                case Fields fields:
                    foreach (var (key, child) in fields)
                    {
                        Write(xml, key, ItemNameFor(key), child);
                    }
                    break;
                case System.Collections.IEnumerable list and not string:
                    foreach (var child in list)
                    {
                        Write(xml, item, ItemNameFor(item), child);
                    }
                    break;
                case bool flag:
                    xml.WriteString(flag ? "true" : "false");
                    break;
                case IFormattable formattable:
                    xml.WriteString(formattable.ToString(null, CultureInfo.InvariantCulture));
                    break;
                default:
                    xml.WriteString(value.ToString());
                    break;
            }
            xml.WriteEndElement();
        }

        // Child element names of the GeoReport v2 XML lists.
        private static string ItemNameFor(string list) => list switch
        {
            "attributes" => "attribute",
            "values" => "value",
            "endpoints" => "endpoint",
            "formats" => "format",
            _ => "item",
        };
    }
}

/// <summary>Fields in the order the specification lists them; written as one JSON object or XML element.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(FieldsConverter))]
public sealed class Fields : List<KeyValuePair<string, object?>>
{
    public object? this[string key]
    {
        set => Add(new(key, value));
    }

    private sealed class FieldsConverter : System.Text.Json.Serialization.JsonConverter<Fields>
    {
        public override Fields Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, Fields value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (key, child) in value)
            {
                writer.WritePropertyName(key);
                JsonSerializer.Serialize(writer, child, child?.GetType() ?? typeof(object), options);
            }
            writer.WriteEndObject();
        }
    }
}

package com.claims01940.local;

import com.claims01940.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a CloudFormation/SAM template, turning the short tags (!Ref, !GetAtt, !Sub, !If …) into
 * their long JSON forms ({"Ref": …}, {"Fn::GetAtt": […]} …), as CloudFormation itself does.
 */
public final class CfnYaml {
  private CfnYaml() {}

  private static final List<String> FUNCTIONS =
      List.of(
          "Base64",
          "Cidr",
          "FindInMap",
          "GetAtt",
          "GetAZs",
          "If",
          "ImportValue",
          "Join",
          "Select",
          "Split",
          "Sub",
          "Transform",
          "And",
          "Equals",
          "Not",
          "Or",
          "Length",
          "ToJsonString");

  public static JsonNode read(Path file) {
    try (Reader in = Files.newBufferedReader(file)) {
      Object tree = new Yaml(new CfnConstructor()).load(in);
      return Json.MAPPER.valueToTree(tree);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static final class CfnConstructor extends SafeConstructor {
    CfnConstructor() {
      super(new LoaderOptions());
      yamlConstructors.put(new Tag("!Ref"), new Intrinsic("Ref"));
      yamlConstructors.put(new Tag("!Condition"), new Intrinsic("Condition"));
      for (String fn : FUNCTIONS) {
        yamlConstructors.put(new Tag("!" + fn), new Intrinsic("Fn::" + fn));
      }
    }

    private final class Intrinsic extends AbstractConstruct {
      private final String key;

      Intrinsic(String key) {
        this.key = key;
      }

      @Override
      public Object construct(Node node) {
        Object value;
        if (node instanceof ScalarNode scalar) {
          value = constructScalar(scalar);
        } else if (node instanceof SequenceNode sequence) {
          value = constructSequence(sequence);
        } else {
          value = constructMapping((MappingNode) node);
        }
        if (key.equals("Fn::GetAtt") && value instanceof String s && s.contains(".")) {
          value = List.of(s.substring(0, s.indexOf('.')), s.substring(s.indexOf('.') + 1));
        }
        return Map.of(key, value);
      }
    }
  }
}

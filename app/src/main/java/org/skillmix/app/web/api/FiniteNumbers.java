package org.skillmix.app.web.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * No NaN or Infinity in the API's JSON (issue 12): a figure that is not a number is written as null, "no figure",
 * as the pages leave its cell blank. Jackson's default writes the text "NaN" into a number field, which a client
 * reading numbers takes as a string or fails on: explain's summed "other organisations" rows, whose staff and
 * sickness an organisation lead may not see, came out as "NaN". Spring Boot adds this module to the mapper that
 * writes every API answer.
 */
@Configuration
public class FiniteNumbers {

    @Bean
    public JacksonModule finiteNumbersModule() {
        SimpleModule module = new SimpleModule("skillmix-finite-numbers");
        module.addSerializer(Double.class, new FiniteDouble());
        module.addSerializer(Double.TYPE, new FiniteDouble());
        module.addSerializer(double[].class, new FiniteDoubles());
        return module;
    }

    /** A double, or null when it is not finite. */
    static final class FiniteDouble extends ValueSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializationContext ctxt) {
            if (Double.isFinite(value)) gen.writeNumber(value);
            else gen.writeNull();
        }
    }

    /** An array of doubles (a series' months), each not-finite one as null. */
    static final class FiniteDoubles extends ValueSerializer<double[]> {
        @Override
        public void serialize(double[] values, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartArray(values, values.length);
            for (double v : values) {
                if (Double.isFinite(v)) gen.writeNumber(v);
                else gen.writeNull();
            }
            gen.writeEndArray();
        }
    }
}

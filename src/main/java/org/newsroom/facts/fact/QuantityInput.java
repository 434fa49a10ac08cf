package org.newsroom.facts.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.newsroom.facts.shared.Text;

/** A number as an editor enters it; the class-level rule checks bounds against the approximation. */
@Input("QuantityInput")
@Description("A number with its uncertainty and unit. In a patch, a figure without value, low, high and words keeps the figures it has (only its unit or approximation change). EXACT, ABOUT and NEARLY need value; RANGE and ORDER_OF_MAGNITUDE need low and high; AT_LEAST needs value or low; AT_MOST value or high; low <= value <= high.")
@ValidQuantity
public class QuantityInput {

    @Description("The central figure.")
    public Double value;

    @Description("The lower bound.")
    public Double low;

    @Description("The upper bound.")
    public Double high;

    @Description("How exact the figure is. Left out: EXACT for a new figure; in a patch or a correction, the "
            + "approximation the figure has (a new value for 'about 12,000' stays 'about').")
    public Approximation approximation;

    @Text
    @NonNull
    @NotBlank
    @Size(max = 60)
    @Description("The unit, in words: 'workers', 'troops', 'people', 'times', 'USD'.")
    public String unit;

    @Text
    @Size(max = 200)
    @Description("The source's words when it gives no number: 'significant losses'. Then no figure is needed.")
    public String words;

    public QuantityInput() {
    }

    public QuantityInput(Double value, Double low, Double high, Approximation approximation, String unit) {
        this.value = value;
        this.low = low;
        this.high = high;
        this.approximation = approximation;
        this.unit = unit;
    }
}

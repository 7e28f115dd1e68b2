var jmeterDescriptor={tool:"jmeter",filePatterns:["*.jmx"],ownsFilePatterns:!0,sniff:()=>!0};export{jmeterDescriptor};

var UsageError=class extends Error{help;constructor(message,options={}){super(message),this.name="UsageError",this.help=options.help??!0}};export{UsageError};
